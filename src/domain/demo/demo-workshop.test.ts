import { readFileSync } from 'node:fs';
import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { addScene, updateScene } from '../commands/tours';
import { placeNoteInMatrix } from '../commands/notes';
import { execute } from '../commands/command';
import { quadrantOf } from '../matrix';
import { NOTE_CATEGORIES } from '../model';
import { buildDemoDocument } from './build-demo';

const delomraden = JSON.parse(readFileSync(new URL('../../../data/malmo/delomraden.geojson', import.meta.url), 'utf8')) as FeatureCollection;
const NOW = '2026-11-27T09:00:00.000Z';
const doc = buildDemoDocument(delomraden, { now: NOW });
const notes = Object.values(doc.notes);
const tours = Object.values(doc.tours);
const lindangen = doc.areas.area_lindangen!;
const [west, south, east, north] = bbox(lindangen.geometry);
const ctx = { now: NOW, newId: (p: string) => `${p}_x` };

describe('the demo workshop', () => {
  it('has notes in every category of the method, all in Lindängen, invented and internal', () => {
    expect(new Set(notes.map((n) => n.category))).toEqual(new Set(NOTE_CATEGORIES));
    for (const n of notes) {
      expect(n).toMatchObject({ invented: true, public: false, areaId: lindangen.id });
      expect(booleanPointInPolygon(n.position!, lindangen.geometry)).toBe(true);
    }
    // Stamped in the order said, so lists and the matrix read in that order.
    expect(new Set(notes.map((n) => n.createdAt)).size).toBe(notes.length);
  });

  it('puts several actions on the matrix, in more than two quadrants, and only actions', () => {
    const placed = notes.filter((n) => n.matrix);
    expect(placed.length).toBeGreaterThanOrEqual(3);
    expect(placed.every((n) => n.category === 'action')).toBe(true);
    expect(new Set(placed.map((n) => quadrantOf(n.matrix!))).size).toBeGreaterThan(2);
    // The matrix command accepts each place as it stands (the same rules as a user's move).
    for (const n of placed) expect(() => execute(doc, placeNoteInMatrix, { id: n.id, matrix: { ...n.matrix! } }, ctx)).not.toThrow();
  });

  it('ships one invented tour of Lindängen with 3–4 scenes the tour commands accept', () => {
    expect(tours).toHaveLength(1);
    const tour = tours[0]!;
    expect(tour.invented).toBe(true);
    expect(tour.scenes.length).toBeGreaterThanOrEqual(3);
    expect(tour.scenes.length).toBeLessThanOrEqual(4);
    expect(tour.scenes[0]!.focus).toEqual({ type: 'area', id: lindangen.id });
    for (const scene of tour.scenes) {
      expect(scene.caption.length).toBeGreaterThan(0);
      const [lon, lat] = scene.camera.center;
      expect(lon >= west && lon <= east && lat >= south && lat <= north).toBe(true);
      const { id, ...fields } = scene;
      expect(() => execute(doc, addScene, { tourId: tour.id, scene: fields }, ctx)).not.toThrow();
      expect(() => execute(doc, updateScene, { tourId: tour.id, sceneId: id, changes: {} }, ctx)).not.toThrow();
    }
  });
});
