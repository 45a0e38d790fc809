// A new workspace starts with the default gate model and category lists; both are editable later.
import { DEFAULT_GATES } from './gates';
import type { MapView, PlatsenDocument, Workspace, WorkspaceSettings } from './model';
import { emptyDocument } from './model';

/** Category ids; their names are translated in the UI (key `category.<id>`). */
export const DEFAULT_CATEGORIES: WorkspaceSettings['categories'] = {
  physical: ['street', 'park', 'school', 'housing', 'lighting', 'culture-venue', 'sports', 'meeting-place'],
  social: ['youth', 'health', 'employment', 'safety', 'education', 'culture', 'integration', 'elderly'],
};

export const WORKSPACE_ID = 'ws';

export function defaultSettings(): WorkspaceSettings {
  return { gates: structuredClone(DEFAULT_GATES), categories: structuredClone(DEFAULT_CATEGORIES) };
}

export function emptyWorkspaceDocument(fields: { name: string; municipality: string; defaultView: MapView }, now: string): PlatsenDocument {
  const doc = emptyDocument();
  const workspace: Workspace = { id: WORKSPACE_ID, createdAt: now, updatedAt: now, isDemo: false, settings: defaultSettings(), ...fields };
  doc.workspace[WORKSPACE_ID] = workspace;
  return doc;
}
