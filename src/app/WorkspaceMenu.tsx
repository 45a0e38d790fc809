import { usePlatsenStore, useT } from './store-context';
import { emptyWorkspaceDocument } from '../domain/workspace';
import { replaceDocument } from '../domain/commands/replace-document';
import { nowIso } from '../domain/ids';
import { loadDemoDocument } from './demo';
import { useBoot } from './boot-context';
import { SettingsButton } from '../features/settings/SettingsDialog';
import { SharedWorkspacesButton } from '../features/shared/SharedWorkspacesDialog';

/** Reset the demo or start empty: both are one undoable command and ask first. */
export function WorkspaceMenu() {
  const store = usePlatsenStore();
  const { config, baseUrl, shared } = useBoot();
  const t = useT();

  async function resetDemo() {
    if (!window.confirm(t('workspace.resetDemoConfirm'))) return;
    await store.dispatch(replaceDocument, { next: await loadDemoDocument(baseUrl) });
  }

  async function startEmpty() {
    if (!window.confirm(t('workspace.startEmptyConfirm'))) return;
    const next = emptyWorkspaceDocument(
      { name: t('workspace.emptyName'), municipality: config.municipality, defaultView: config.initialView }, nowIso());
    await store.dispatch(replaceDocument, { next });
  }

  return (
    <details className="workspace-menu">
      <summary>{t('workspace.menu')}</summary>
      <div className="menu-body">
        {/* A shared workspace is the group's: nobody replaces it whole from one browser. */}
        {!shared && <button type="button" onClick={() => void resetDemo()}>{t('workspace.resetDemo')}</button>}
        {!shared && <button type="button" onClick={() => void startEmpty()}>{t('workspace.startEmpty')}</button>}
        <SettingsButton />
        <SharedWorkspacesButton />
      </div>
    </details>
  );
}
