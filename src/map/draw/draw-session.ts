// terra-draw is a temporary editing surface: it holds only the one geometry being drawn or edited.
// When the user finishes, the geometry is handed to the caller, which dispatches a command; our
// history, not terra-draw's, owns committed edits.
import type { Map as MapLibreMap } from 'maplibre-gl';
import {
  TerraDraw, TerraDrawLineStringMode, TerraDrawPointMode, TerraDrawPolygonMode, TerraDrawSelectMode,
  TerraDrawModeUndoRedo, TerraDrawUndoRedoKeyboardShortcuts, type GeoJSONStoreFeatures,
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import type { LineString, Point, Polygon } from 'geojson';

export type DrawKind = 'point' | 'linestring' | 'polygon';
export type DrawnGeometry = Point | LineString | Polygon;

export interface DrawHandlers {
  onFinish(geometry: DrawnGeometry): void;
  onCancel(): void;
  /** Vertices placed so far (drives the accessible "what next" hint). */
  onProgress?(vertices: number): void;
}

export interface DrawSession {
  /** Ends the session without a result. */
  cancel(): void;
  /** For edit sessions: hand the edited geometry to onFinish. */
  commit(): void;
}

const MODE_NAMES: Record<DrawKind, string> = { point: 'point', linestring: 'linestring', polygon: 'polygon' };
const COLOUR = '#0b5cad';

function createDraw(map: MapLibreMap): TerraDraw {
  const styles = { fillColor: COLOUR, outlineColor: COLOUR, outlineWidth: 3, fillOpacity: 0.15 } as const;
  return new TerraDraw({
    adapter: new TerraDrawMapLibreGLAdapter({ map }),
    modes: [
      new TerraDrawPointMode({ styles: { pointColor: COLOUR, pointWidth: 8, pointOutlineColor: '#ffffff', pointOutlineWidth: 2 } }),
      new TerraDrawLineStringMode({ styles: { lineStringColor: COLOUR, lineStringWidth: 3 }, keyEvents: { cancel: 'Escape', finish: 'Enter' } }),
      // Closing on the first vertex, Enter or a double-click on the last finishes; Escape cancels.
      new TerraDrawPolygonMode({ styles, keyEvents: { cancel: 'Escape', finish: 'Enter' } }),
      new TerraDrawSelectMode({
        flags: {
          polygon: { feature: { draggable: true, coordinates: { draggable: true, midpoints: true, deletable: true } } },
          linestring: { feature: { draggable: true, coordinates: { draggable: true, midpoints: true, deletable: true } } },
          point: { feature: { draggable: true } },
        },
      }),
    ],
    // Backspace removes the last vertex while drawing (terra-draw's mode-level undo).
    undoRedo: {
      modeLevel: new TerraDrawModeUndoRedo(),
      keyboardShortcuts: new TerraDrawUndoRedoKeyboardShortcuts({ undo: [{ key: 'Backspace', heldKeys: [] }], redo: [] }),
    },
  });
}

function vertexCount(feature: GeoJSONStoreFeatures | undefined): number {
  if (!feature) return 0;
  const g = feature.geometry;
  if (g.type === 'Polygon') return Math.max((g.coordinates[0]?.length ?? 1) - 2, 0);
  if (g.type === 'LineString') return g.coordinates.length;
  return 1;
}

/**
 * Vertices placed so far in the sketch being drawn. 'change' also fires for terra-draw's closing
 * and guidance points and for the provisional vertex following the pointer, so the sketch is
 * looked up rather than taken from the event, and its committed count preferred over its shape.
 */
function verticesDrawn(draw: TerraDraw): number {
  const sketch = draw.getSnapshot().find((f) => f.properties.currentlyDrawing);
  if (!sketch) return 0;
  const committed = sketch.properties.committedCoordinateCount;
  return typeof committed === 'number' ? committed : vertexCount(sketch);
}

/**
 * Starts terra-draw on the map and returns `end` (stops it once, however often it is called) and
 * `cancel` (ends and tells the caller). Escape cancels: terra-draw clears its sketch on Escape,
 * and ending the session lets the caller reset too.
 */
function surface(map: MapLibreMap, handlers: DrawHandlers): { draw: TerraDraw; end(): void; cancel(): void } {
  const draw = createDraw(map);
  let ended = false;
  const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') cancel(); };
  const end = () => {
    if (ended) return;
    ended = true;
    window.removeEventListener('keydown', onKey);
    draw.stop();
  };
  const cancel = () => { end(); handlers.onCancel(); };
  window.addEventListener('keydown', onKey);
  draw.start();
  return { draw, end, cancel };
}

/** Draws a new geometry of the given kind. */
export function startDrawing(map: MapLibreMap, kind: DrawKind, handlers: DrawHandlers): DrawSession {
  const { draw, end, cancel } = surface(map, handlers);
  draw.setMode(MODE_NAMES[kind]);
  let reported = -1;
  draw.on('change', () => {
    const n = verticesDrawn(draw);
    if (n !== reported) handlers.onProgress?.((reported = n));
  });
  draw.on('finish', (id) => {
    const feature = draw.getSnapshotFeature(id);
    end();
    if (feature) handlers.onFinish(feature.geometry as DrawnGeometry);
  });
  return { cancel, commit: () => undefined };
}

/** Edits an existing geometry: drag vertices, add them at midpoints, delete them, move the whole. */
export function startEditing(map: MapLibreMap, geometry: DrawnGeometry, handlers: DrawHandlers): DrawSession {
  const { draw, end, cancel } = surface(map, handlers);
  const kind: DrawKind = geometry.type === 'Point' ? 'point' : geometry.type === 'LineString' ? 'linestring' : 'polygon';
  const [result] = draw.addFeatures([{ type: 'Feature', geometry, properties: { mode: MODE_NAMES[kind] } }]);
  const id = result?.id;
  draw.setMode('select');
  if (id !== undefined) draw.selectFeature(id);
  return {
    cancel,
    commit: () => {
      const feature = id !== undefined ? draw.getSnapshotFeature(id) : undefined;
      end();
      if (feature) handlers.onFinish(feature.geometry as DrawnGeometry);
      else handlers.onCancel();
    },
  };
}
