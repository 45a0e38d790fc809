// Tours: a facilitator's sequence of map scenes (camera, focus, filter, caption, date), played in
// presentation mode. Scenes live inside their tour, so a tour moves, saves and undoes as one record.
import { defineCommand } from './command';
import { DomainError } from '../errors';
import { isIsoDate } from '../investments';
import type { Id, PlatsenDocument, Tour, TourScene } from '../model';
import { deleteInto, emptyDraft, putInto } from '../patch';

export type SceneFields = Omit<TourScene, 'id'>;

const MAX_TITLE = 200;
const MAX_CAPTION = 2_000;
const KINDS: readonly string[] = ['physical', 'social'];

function validTitle(title: string): string {
  const trimmed = title.trim();
  if (!trimmed) throw new DomainError('tour.error.titleRequired');
  if (trimmed.length > MAX_TITLE) throw new DomainError('tour.error.titleTooLong', { max: MAX_TITLE });
  return trimmed;
}

/** Refuses a scene the map could not show (non-finite camera, impossible date or filter). */
function validScene(scene: TourScene): TourScene {
  const { center, zoom, bearing, pitch } = scene.camera;
  const [lon, lat] = center;
  const finite = [lon, lat, zoom, bearing, pitch].every(Number.isFinite);
  if (!finite || Math.abs(lat) > 90 || Math.abs(lon) > 180 || zoom < 0 || zoom > 24 || pitch < 0 || pitch > 85) {
    throw new DomainError('tour.error.camera');
  }
  if (scene.caption.length > MAX_CAPTION) throw new DomainError('tour.error.captionTooLong', { max: MAX_CAPTION });
  if (scene.asOf !== null && !isIsoDate(scene.asOf)) throw new DomainError('tour.error.date', { value: scene.asOf });
  if (scene.filter.kinds.some((k) => !KINDS.includes(k))) throw new DomainError('tour.error.filter');
  if (scene.filter.gateIndexes.some((g) => !Number.isInteger(g) || g < 0)) throw new DomainError('tour.error.filter');
  // Bearing is kept in -180..180 so equal views compare equal.
  const normalised = ((((bearing + 180) % 360) + 360) % 360) - 180;
  return { ...scene, camera: { center: [lon, lat], zoom, bearing: normalised, pitch } };
}

function existingTour(doc: PlatsenDocument, id: Id): Tour {
  const tour = doc.tours[id];
  if (!tour) throw new DomainError('tour.error.notFound', { id });
  return tour;
}

function sceneIndex(tour: Tour, sceneId: Id): number {
  const index = tour.scenes.findIndex((s) => s.id === sceneId);
  if (index < 0) throw new DomainError('tour.error.sceneNotFound', { id: sceneId });
  return index;
}

const withScenes = (tour: Tour, scenes: TourScene[], now: string) =>
  putInto(emptyDraft(), 'tours', { ...tour, scenes, updatedAt: now });

export const addTour = defineCommand<{ title: string }>('command.addTour', (_doc, { title }, ctx) => {
  const tour: Tour = { id: ctx.newId('tour'), createdAt: ctx.now, updatedAt: ctx.now, title: validTitle(title), scenes: [] };
  return putInto(emptyDraft(), 'tours', tour);
});

export const updateTour = defineCommand<{ id: Id; title: string }>('command.updateTour', (doc, { id, title }, ctx) => {
  const tour = existingTour(doc, id);
  const next = validTitle(title);
  if (next === tour.title) return emptyDraft();
  return putInto(emptyDraft(), 'tours', { ...tour, title: next, updatedAt: ctx.now });
});

export const deleteTour = defineCommand<{ id: Id }>('command.deleteTour', (doc, { id }) => {
  existingTour(doc, id);
  return deleteInto(emptyDraft(), 'tours', id);
});

/** Appends a scene, or inserts it at `index` (e.g. after the scene being shown). */
export const addScene = defineCommand<{ tourId: Id; scene: SceneFields; index?: number }>('command.addScene', (doc, { tourId, scene, index }, ctx) => {
  const tour = existingTour(doc, tourId);
  const added = validScene({ ...scene, id: ctx.newId('scene') });
  const at = index === undefined ? tour.scenes.length : Math.max(0, Math.min(index, tour.scenes.length));
  return withScenes(tour, [...tour.scenes.slice(0, at), added, ...tour.scenes.slice(at)], ctx.now);
});

export const updateScene = defineCommand<{ tourId: Id; sceneId: Id; changes: Partial<SceneFields> }>('command.updateScene', (doc, { tourId, sceneId, changes }, ctx) => {
  const tour = existingTour(doc, tourId);
  const i = sceneIndex(tour, sceneId);
  const old = tour.scenes[i]!;
  const next = validScene({ ...old, ...changes, id: old.id });
  if (JSON.stringify(next) === JSON.stringify(old)) return emptyDraft();
  return withScenes(tour, tour.scenes.map((s, k) => (k === i ? next : s)), ctx.now);
});

/** Moves a scene to a new position (clamped to the list); no change when it is already there. */
export const moveScene = defineCommand<{ tourId: Id; sceneId: Id; toIndex: number }>('command.moveScene', (doc, { tourId, sceneId, toIndex }, ctx) => {
  const tour = existingTour(doc, tourId);
  const from = sceneIndex(tour, sceneId);
  const to = Math.max(0, Math.min(Math.trunc(toIndex), tour.scenes.length - 1));
  if (from === to) return emptyDraft();
  const scenes = [...tour.scenes];
  const [moved] = scenes.splice(from, 1);
  scenes.splice(to, 0, moved!);
  return withScenes(tour, scenes, ctx.now);
});

export const deleteScene = defineCommand<{ tourId: Id; sceneId: Id }>('command.deleteScene', (doc, { tourId, sceneId }, ctx) => {
  const tour = existingTour(doc, tourId);
  sceneIndex(tour, sceneId);
  return withScenes(tour, tour.scenes.filter((s) => s.id !== sceneId), ctx.now);
});
