// The images the app's layers name but never ship: investment symbols (symbols.ts) and cluster
// rings (rings.ts), drawn from their names when a layer first asks for one. Every map (editor,
// public viewer) resolves them here, so both draw the same pictures, and the resolver outlives
// basemap switches without registering anything again.
import type { Map as MaplibreMap } from 'maplibre-gl';
import { parseRingImageId } from './cluster-mix';
import { rasterRing } from './rings';
import { parseSymbolImageId, rasterSymbol } from './symbols';

const PIXEL_RATIO = 2;

export function resolveMapImage(map: Pick<MaplibreMap, 'hasImage' | 'addImage'>, id: string): void {
  if (map.hasImage(id)) return;
  const symbol = parseSymbolImageId(id);
  const ring = symbol ? null : parseRingImageId(id);
  const image = symbol ? rasterSymbol(symbol, PIXEL_RATIO) : ring ? rasterRing(ring, PIXEL_RATIO) : null;
  if (image) map.addImage(id, image, { pixelRatio: PIXEL_RATIO });
}
