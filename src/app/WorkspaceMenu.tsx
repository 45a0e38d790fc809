import { lazy, Suspense, useRef, useState } from 'react';
import { usePlatsenStore, useT } from './store-context';
import { replaceDocument } from '../domain/commands/replace-document';
import { loadDemoDocument } from './demo';
import { useBoot } from './boot-context';
import { SettingsButton } from '../features/settings/SettingsDialog';
import { SharedWorkspacesButton } from '../features/shared/SharedWorkspacesDialog';

const NewWorkspaceDialog = lazy(() => import('../features/municipality/NewWorkspaceDialog').then((m) => ({ default: m.NewWorkspaceDialog })));

/** Reset the demo or start a new workspace for a municipality: both are one undoable command and ask first. */
export function WorkspaceMenu() {
  const store = usePlatsenStore();
  const { baseUrl, shared } = useBoot();
  const t = useT();
  const [creating, setCreating] = useState(false);
  const menu = useRef<HTMLDetailsElement>(null);

  async function resetDemo() {
    if (!window.confirm(t('workspace.resetDemoConfirm'))) return;
    await store.dispatch(replaceDocument, { next: await loadDemoDocument(baseUrl) });
  }

  function startEmpty() {
    if (menu.current) menu.current.open = false;
    setCreating(true);
  }

  return (
    <>
    <details className="workspace-menu" ref={menu}>
      <summary>{t('workspace.menu')}</summary>
      <div className="menu-body">
        {/* A shared workspace is the group's: nobody replaces it whole from one browser. */}
        {!shared && <button type="button" onClick={() => void resetDemo()}>{t('workspace.resetDemo')}</button>}
        {!shared && <button type="button" aria-haspopup="dialog" onClick={startEmpty}>{t('workspace.startEmpty')}</button>}
        <SettingsButton />
        <SharedWorkspacesButton />
      </div>
    </details>
    <Suspense fallback={null}>{creating && <NewWorkspaceDialog onClose={() => setCreating(false)} />}</Suspense>
    </>
  );
}
