import type { InvestmentKind } from '../domain/model';
import type { PhaseStatus } from '../domain/phase';
import { SHAPE_OF_KIND, statusColour } from '../map/encoding';
import { rasterSymbol, symbolImageId, type SymbolSpec } from '../map/symbols';
import { pngDataUrl } from './png';

const cache = new Map<string, string>();

function urlOf(spec: SymbolSpec): string {
  const id = symbolImageId(spec);
  let url = cache.get(id);
  if (!url) cache.set(id, (url = pngDataUrl(rasterSymbol(spec, 2))));
  return url;
}

/** The map's own symbol image, decorative: the text beside it says the same. */
export function SymbolImage({ kind, status, colour }: { kind: InvestmentKind; status: PhaseStatus; colour: string }) {
  const spec = { shape: SHAPE_OF_KIND[kind], status, colour: statusColour(status, colour) };
  return <img className="viewer-symbol" src={urlOf(spec)} alt="" width={20} height={20} />;
}
