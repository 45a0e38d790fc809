import { describe, expect, it } from 'vitest';
import { execute } from './command';
import { addScene, addTour, deleteScene, deleteTour, moveScene, updateScene, updateTour, type SceneFields } from './tours';
import type { PlatsenDocument, Tour } from '../model';
import { doUndoRedo, expectDomainError, testContext, testDoc } from '../test-kit';

const T0 = '2026-01-15T09:00:00.000Z';

function scene(id: string, caption: string, zoom = 12): Tour['scenes'][number] {
  return {
    id, caption, asOf: null, focus: null,
    camera: { center: [13.0, 55.6], zoom, bearing: 0, pitch: 0 },
    filter: { kinds: [], gateIndexes: [] },
    layers: { areas: true, investments: true, notes: true },
  };
}

const newScene: SceneFields = (({ id: _id, ...fields }) => fields)(scene('x', 'Nytt'));

function base(): PlatsenDocument {
  const doc = testDoc();
  doc.tours.tour_a = { id: 'tour_a', createdAt: T0, updatedAt: T0, title: 'Rosengård', scenes: [scene('s1', 'Ett'), scene('s2', 'Två'), scene('s3', 'Tre')] };
  return doc;
}

const captions = (doc: PlatsenDocument) => doc.tours.tour_a!.scenes.map((s) => s.caption);
const run = <A>(command: Parameters<typeof execute<A>>[1], args: A) => () => execute(base(), command, args, testContext());

describe('tours', () => {
  it('adds a tour with a trimmed title and no scenes', () => {
    const { doc } = doUndoRedo(base(), addTour, { title: '  Workshop i Holma ' });
    expect(doc.tours.tour_1).toEqual({ id: 'tour_1', createdAt: testContext().now, updatedAt: testContext().now, title: 'Workshop i Holma', scenes: [] });
    expectDomainError(run(addTour, { title: ' ' }), 'tour.error.titleRequired');
  });

  it('renames and deletes a tour; undo brings it back with its scenes', () => {
    expect(doUndoRedo(base(), updateTour, { id: 'tour_a', title: 'Lindängen' }).doc.tours.tour_a!.title).toBe('Lindängen');
    expect(execute(base(), updateTour, { id: 'tour_a', title: 'Rosengård' }, testContext())).toBeNull();
    expect(doUndoRedo(base(), deleteTour, { id: 'tour_a' }).doc.tours.tour_a).toBeUndefined();
    expectDomainError(run(deleteTour, { id: 'tour_x' }), 'tour.error.notFound', { id: 'tour_x' });
  });
});

describe('scenes', () => {
  it('appends a scene, or inserts it at a position', () => {
    expect(captions(doUndoRedo(base(), addScene, { tourId: 'tour_a', scene: newScene }).doc)).toEqual(['Ett', 'Två', 'Tre', 'Nytt']);
    const { doc } = doUndoRedo(base(), addScene, { tourId: 'tour_a', scene: newScene, index: 1 });
    expect(captions(doc)).toEqual(['Ett', 'Nytt', 'Två', 'Tre']);
    expect(doc.tours.tour_a!.scenes[1]!.id).toBe('scene_1');
  });

  it('refuses a camera the map cannot show, an impossible date and unknown kinds', () => {
    const bad = (changes: Partial<SceneFields>) => run(addScene, { tourId: 'tour_a', scene: { ...newScene, ...changes } });
    expectDomainError(bad({ camera: { center: [Number.NaN, 55], zoom: 10, bearing: 0, pitch: 0 } }), 'tour.error.camera');
    expectDomainError(bad({ camera: { center: [13, 95], zoom: 10, bearing: 0, pitch: 0 } }), 'tour.error.camera');
    expectDomainError(bad({ camera: { center: [13, 55], zoom: 30, bearing: 0, pitch: 0 } }), 'tour.error.camera');
    expectDomainError(bad({ asOf: '2026-02-30' }), 'tour.error.date', { value: '2026-02-30' });
    expectDomainError(bad({ filter: { kinds: ['green' as never], gateIndexes: [] } }), 'tour.error.filter');
    expectDomainError(bad({ caption: 'x'.repeat(2001) }), 'tour.error.captionTooLong', { max: 2000 });
  });

  it('keeps the bearing within -180..180', () => {
    const { doc } = doUndoRedo(base(), addScene, { tourId: 'tour_a', scene: { ...newScene, camera: { ...newScene.camera, bearing: 270 } } });
    expect(doc.tours.tour_a!.scenes[3]!.camera.bearing).toBe(-90);
  });

  it('edits a scene’s caption, date and layers', () => {
    const { doc } = doUndoRedo(base(), updateScene, { tourId: 'tour_a', sceneId: 's2', changes: { caption: 'Parken', asOf: '2025-06-01', layers: { areas: true, investments: false, notes: true } } });
    expect(doc.tours.tour_a!.scenes[1]).toMatchObject({ id: 's2', caption: 'Parken', asOf: '2025-06-01', layers: { investments: false } });
    expect(execute(base(), updateScene, { tourId: 'tour_a', sceneId: 's2', changes: { caption: 'Två' } }, testContext())).toBeNull();
    expectDomainError(run(updateScene, { tourId: 'tour_a', sceneId: 's9', changes: {} }), 'tour.error.sceneNotFound', { id: 's9' });
  });

  it('moves a scene up, down and to either end (clamped); a move onto itself changes nothing', () => {
    expect(captions(doUndoRedo(base(), moveScene, { tourId: 'tour_a', sceneId: 's3', toIndex: 0 }).doc)).toEqual(['Tre', 'Ett', 'Två']);
    expect(captions(doUndoRedo(base(), moveScene, { tourId: 'tour_a', sceneId: 's1', toIndex: 1 }).doc)).toEqual(['Två', 'Ett', 'Tre']);
    expect(captions(doUndoRedo(base(), moveScene, { tourId: 'tour_a', sceneId: 's1', toIndex: 99 }).doc)).toEqual(['Två', 'Tre', 'Ett']);
    expect(execute(base(), moveScene, { tourId: 'tour_a', sceneId: 's1', toIndex: -1 }, testContext())).toBeNull();
  });

  it('deletes a scene; undo puts it back in its place', () => {
    expect(captions(doUndoRedo(base(), deleteScene, { tourId: 'tour_a', sceneId: 's2' }).doc)).toEqual(['Ett', 'Tre']);
  });
});
