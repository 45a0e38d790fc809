// shpjs ships no types; only the parts the shapefile reader uses are declared.
declare module 'shpjs' {
  import type { FeatureCollection, Geometry } from 'geojson';
  type Bytes = ArrayBuffer | ArrayBufferView | DataView;
  export function parseShp(shp: Bytes, prj?: string | false): Array<Geometry | null>;
  export function parseDbf(dbf: Bytes, cpg?: string): Array<Record<string, unknown>>;
  export function combine(parts: [Array<Geometry | null>, Array<Record<string, unknown>>?]): FeatureCollection;
}
