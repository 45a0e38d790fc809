import { useRef, useState } from 'react';
import { usePlatsen, usePlatsenStore, useT } from '../../app/store-context';
import { workspaceOf, type InvestmentKind } from '../../domain/model';
import { updateWorkspace, type UpdateWorkspaceArgs } from '../../domain/commands/update-workspace';
import { GateSettings } from '../gates/GateSettings';
import { CommitField } from '../programme/CommitField';
import { ResidentPhaseSettings } from './ResidentPhaseSettings';
import { availableBasemaps, type BasemapId } from '../../map/basemap/choices';
import { useBoot } from '../../app/boot-context';
import { saveBasemap } from '../../app/preferences';

const KINDS: InvestmentKind[] = ['physical', 'social'];

/** Workspace name, category lists, the gate model, residents' phases and the basemap: one modal dialog. */
export function SettingsButton() {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const show = () => { setOpen(true); dialog.current?.showModal(); };
  const close = () => { dialog.current?.close(); };
  return (
    <>
      <button type="button" onClick={show}>{t('settings.open')}</button>
      <dialog ref={dialog} className="settings-dialog" aria-labelledby="settings-title" onClose={() => setOpen(false)}>
        {open && <SettingsBody onClose={close} />}
      </dialog>
    </>
  );
}

function SettingsBody({ onClose }: { onClose(): void }) {
  const t = useT();
  const store = usePlatsenStore();
  const ws = usePlatsen((s) => workspaceOf(s.doc));
  const basemap = usePlatsen((s) => s.session.basemap);
  const basemaps = availableBasemaps(useBoot().config);
  const [error, setError] = useState<string | null>(null);
  if (!ws) return null;

  async function save(args: UpdateWorkspaceArgs) {
    const result = await store.dispatch(updateWorkspace, args);
    setError(result.ok ? null : t(result.error.code, result.error.params));
  }
  const chooseBasemap = (id: BasemapId) => {
    saveBasemap(id);
    store.setSession({ basemap: id });
  };
  // The other kind's list as stored at the moment of saving, not as it was when the dialog drew.
  const categoriesWith = (kind: InvestmentKind, text: string) =>
    ({ ...(workspaceOf(store.getState().doc) ?? ws).settings.categories, [kind]: text.split('\n') });

  return (
    <div className="settings-body">
      <h2 id="settings-title">{t('settings.title')}</h2>
      {error && <p role="alert" className="form-error">{error}</p>}
      <label className="field">{t('settings.workspaceName')}
        <CommitField value={ws.name} onCommit={(name) => void save({ name })} />
      </label>
      <label className="field">{t('settings.municipality')}
        <CommitField value={ws.municipality} onCommit={(municipality) => void save({ municipality })} />
      </label>
      <fieldset>
        <legend>{t('settings.categories')}</legend>
        <p className="hint">{t('settings.categoriesHelp')}</p>
        {KINDS.map((kind) => (
          <label key={kind} className="field">{t(kind === 'physical' ? 'settings.categoriesPhysical' : 'settings.categoriesSocial')}
            <CommitField multiline rows={6} value={ws.settings.categories[kind].join('\n')}
              onCommit={(text) => void save({ categories: categoriesWith(kind, text) })} />
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('settings.gates')}</legend>
        <GateSettings />
      </fieldset>
      <ResidentPhaseSettings />
      <label className="field">{t('settings.basemap')}
        <select value={basemap} onChange={(e) => chooseBasemap(e.target.value as BasemapId)}>
          {basemaps.map((b) => <option key={b.id} value={b.id}>{t(b.labelKey)}</option>)}
        </select>
      </label>
      {basemaps.find((b) => b.id === basemap)?.online && <p className="hint">{t('settings.basemapOnline')}</p>}
      <button type="button" onClick={onClose}>{t('common.close')}</button>
    </div>
  );
}
