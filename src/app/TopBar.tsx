import { usePlatsen, usePlatsenStore, useT } from './store-context';
import { workspaceOf } from '../domain/model';
import type { Lang, Mode } from '../store/session';
import { StorageStatus } from './StorageStatus';
import { WorkspaceMenu } from './WorkspaceMenu';
import { ImportExport } from '../features/import-export/ImportExport';
import { saveLang } from './preferences';
import { PublishButton } from '../features/publish/PublishDialog';
import { ALL_PROGRAMMES } from '../features/gates/board-model';
import '../i18n/strings/gates-ui';
import { EditorSearch } from '../features/search/EditorSearch';

const MODES: Mode[] = ['explore', 'edit', 'present'];

export function TopBar() {
  const store = usePlatsenStore();
  const t = useT();
  const workspace = usePlatsen((s) => workspaceOf(s.doc));
  const mode = usePlatsen((s) => s.session.mode);
  const lang = usePlatsen((s) => s.session.lang);
  const undoLabel = usePlatsen((s) => s.past.at(-1)?.label);
  const redoLabel = usePlatsen((s) => s.future.at(-1)?.label);
  const boardOpen = usePlatsen((s) => s.session.board !== null);

  const setLang = (next: Lang) => {
    saveLang(next);
    store.setSession({ lang: next });
  };

  return (
    <header className="topbar">
      <h1 className="topbar-title">
        {t('app.name')}
        {workspace && <span className="topbar-workspace">{workspace.name}</span>}
      </h1>
      <EditorSearch />
      <div role="group" aria-label={t('mode.label')} className="segmented">
        {MODES.map((m) => (
          <button key={m} type="button" aria-pressed={mode === m} onClick={() => store.setSession({ mode: m })}>
            {t(`mode.${m}`)}
          </button>
        ))}
      </div>
      <div className="topbar-history">
        <button type="button" disabled={!undoLabel} onClick={() => void store.undo()}
          title={undoLabel ? t('history.undoLabel', { label: t(undoLabel) }) : t('history.nothing')}>
          {t('history.undo')}
        </button>
        <button type="button" disabled={!redoLabel} onClick={() => void store.redo()}
          title={redoLabel ? t('history.redoLabel', { label: t(redoLabel) }) : t('history.nothingRedo')}>
          {t('history.redo')}
        </button>
      </div>
      <button type="button" aria-pressed={boardOpen} onClick={() => store.setSession({ board: boardOpen ? null : ALL_PROGRAMMES })}>
        {t('board.open')}
      </button>
      <StorageStatus />
      <PublishButton />
      <WorkspaceMenu />
      <ImportExport />
      <label className="topbar-lang">
        <span className="visually-hidden">{t('lang.label')}</span>
        <select value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
          <option value="sv">{t('lang.sv')}</option>
          <option value="en">{t('lang.en')}</option>
        </select>
      </label>
    </header>
  );
}
