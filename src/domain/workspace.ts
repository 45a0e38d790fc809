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

/**
 * The view that shows a municipality: its bounding box fitted into a map of `width` × `height`
 * pixels (Web Mercator, 512-pixel tiles as MapLibre draws them), with a little room around it.
 */
export function viewForBounds([w, s, e, n]: [number, number, number, number], width = 980, height = 700): MapView {
  const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  const zoomX = Math.log2((width * 360) / (512 * Math.max(e - w, 1e-6)));
  const zoomY = Math.log2((height * 2 * Math.PI) / (512 * Math.max(mercatorY(n) - mercatorY(s), 1e-9)));
  const zoom = Math.min(16, Math.max(4, Math.floor((Math.min(zoomX, zoomY) - 0.2) * 10) / 10));
  const lat = (Math.atan(Math.sinh((mercatorY(n) + mercatorY(s)) / 2)) * 180) / Math.PI;
  return { center: [(w + e) / 2, lat], zoom };
}
