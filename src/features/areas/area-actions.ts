// What the area tools share: claiming map clicks while a gesture runs, moving the map to an area,
// finding the area an add created, and pointing at the spot a refused shape went wrong.
import { useEffect } from 'react';
import type { Geometry } from 'geojson';
import { usePlatsenStore } from '../../app/store-context';
import { DomainError } from '../../domain/errors';
import type { Id, PlatsenDocument } from '../../domain/model';
import { geometryIssueLocation, type GeometryIssueLocation } from '../../domain/spatial/area-geometry';
import { focusOn } from '../../map/focus';
import { getMap } from '../../map/map-registry';
import type { DispatchResult } from '../../store/store';
import type { Interaction } from '../../store/session';

export type DispatchError = Extract<DispatchResult, { ok: false }>['error'];

/** While the calling component is mounted, map clicks belong to its gesture, not to selection. */
export function useInteraction(interaction: Exclude<Interaction, 'idle'> | null): void {
  const store = usePlatsenStore();
  useEffect(() => {
    // null: a gesture inside one that already owns the map (a refused sketch reopened while drawing).
    if (interaction === null) return;
    store.setSession({ interaction });
    return () => store.setSession({ interaction: 'idle' });
  }, [store, interaction]);
}

/** Shows an area in the part of the map no floating box covers. */
export function focusArea(geometry: Geometry): void {
  const map = getMap();
  if (map) focusOn(map, geometry);
}

/** The id of the area a command added (areas present after but not before). */
export function addedAreaId(before: PlatsenDocument['areas'], after: PlatsenDocument['areas']): Id | null {
  return Object.keys(after).find((id) => !(id in before)) ?? null;
}

/** Where a refused geometry went wrong, from a dispatch error; null for other errors. */
export function issueLocation(error: DispatchError): GeometryIssueLocation | null {
  return geometryIssueLocation(new DomainError(error.code, error.params));
}
