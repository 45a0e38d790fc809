// Starting a workspace for any of Sweden's 290 municipalities: its name and outline come from the
// bundled municipal boundaries, and the map opens over it. Replacing the workspace is one command,
// so it can be undone at once; the dialog says so before anything is replaced.
import { useEffect, useId, useRef, useState } from 'react';
import { useBoot } from '../../app/boot-context';
import { usePlatsenStore, useT } from '../../app/store-context';
import { replaceDocument } from '../../domain/commands/replace-document';
import { nowIso } from '../../domain/ids';
import { emptyWorkspaceDocument, viewForBounds } from '../../domain/workspace';
import '../../i18n/strings/municipality';
import { getMap } from '../../map/map-registry';
import { findKommun, loadKommuner, type Kommun } from './kommuner';

export function NewWorkspaceDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const store = usePlatsenStore();
  const { baseUrl, config } = useBoot();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [kommuner, setKommuner] = useState<Kommun[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [code, setCode] = useState('');
  const [name, setName] = useState<string | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    loadKommuner(baseUrl).then((all) => {
      setKommuner(all);
      setCode(findKommun(all, undefined, config.municipality)?.code ?? all[0]?.code ?? '');
    }, () => setFailed(true));
    return () => dialog?.close?.();
  }, [baseUrl, config.municipality]);

  const kommun = kommuner?.find((k) => k.code === code);
  const workspaceName = name ?? (kommun ? t('municipality.defaultName', { name: kommun.name }) : '');

  async function create() {
    if (!kommun) return;
    const map = getMap();
    const container = map?.getContainer();
    const defaultView = viewForBounds(kommun.bounds, container?.clientWidth, container?.clientHeight);
    const next = emptyWorkspaceDocument({ name: workspaceName.trim() || kommun.name, municipality: kommun.name, defaultView }, nowIso());
    next.workspace.ws = { ...next.workspace.ws!, kommunkod: kommun.code };
    const result = await store.dispatch(replaceDocument, { next });
    if (!result.ok) return;
    map?.jumpTo(defaultView);
    onClose();
  }

  return (
    <dialog ref={ref} className="export-dialog" aria-labelledby={`${id}-title`} onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <h2 id={`${id}-title`}>{t('municipality.title')}</h2>
      {failed && <p role="alert" className="form-error">{t('municipality.loadFailed')}</p>}
      {!kommuner && !failed && <p role="status">{t('municipality.loading')}</p>}
      {kommuner && (
        <form className="area-form" onSubmit={(e) => { e.preventDefault(); void create(); }}>
          <label htmlFor={`${id}-kommun`}>{t('municipality.choose')}</label>
          <select id={`${id}-kommun`} value={code} onChange={(e) => setCode(e.target.value)}>
            {kommuner.map((k) => <option key={k.code} value={k.code}>{k.name} ({k.code})</option>)}
          </select>
          <label htmlFor={`${id}-name`}>{t('municipality.name')}</label>
          <input id={`${id}-name`} value={workspaceName} onChange={(e) => setName(e.target.value)} autoComplete="off" />
          <p className="hint">{t('municipality.replaces')}</p>
          <p className="hint">{t('municipality.provenance')}</p>
          <div className="import-actions">
            <button type="button" onClick={onClose}>{t('importExport.cancel')}</button>
            <button type="submit" className="primary" disabled={!kommun}>{t('municipality.create')}</button>
          </div>
        </form>
      )}
    </dialog>
  );
}
