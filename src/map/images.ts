// The images the app's layers name but never ship: investment symbols (symbols.ts) and cluster
// rings (rings.ts), drawn from their names when a layer first asks for one. Every map (editor,
// public viewer) resolves them here, so both draw the same pictures, and the resolver outlives
// basemap switches without registering anything again.
import type { Map as MaplibreMap } from 'maplibre-gl';
import { parseRingImageId } from './cluster-mix';
import { rasterRing } from './rings';
import { parseSymbolImageId, rasterSymbol } from './symbols';

/**
 * Sharp on the screen at hand, and no larger: at city scale with 50,000 investments hundreds of
 * ring images are drawn, and one at twice the pixels costs four times as much.
 */
function pixelRatio(): number {
  const screen = typeof window === 'undefined' ? 2 : window.devicePixelRatio;
  return Math.min(2, Math.max(1, Math.ceil(screen)));
}

export function resolveMapImage(map: Pick<MaplibreMap, 'hasImage' | 'addImage'>, id: string): void {
  if (map.hasImage(id)) return;
  const ratio = pixelRatio();
  const symbol = parseSymbolImageId(id);
  const ring = symbol ? null : parseRingImageId(id);
  const image = symbol ? rasterSymbol(symbol, ratio) : ring ? rasterRing(ring, ratio) : null;
  if (image) map.addImage(id, image, { pixelRatio: ratio });
}
