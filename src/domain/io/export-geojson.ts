// GeoJSON out: RFC 7946 (WGS 84, no crs member) with each record's id as the feature id.
import type { PlatsenDocument } from '../model';
import { exportRows, type ExportTarget } from './export-rows';
import { toWgs84GeoJSON } from './import-pipeline';

export function exportGeoJson(doc: PlatsenDocument, target: ExportTarget): string {
  const features = exportRows(doc, target).map((r) => ({ type: 'Feature' as const, id: r.id, geometry: r.geometry, properties: r.properties }));
  return `${JSON.stringify(toWgs84GeoJSON(features))}\n`;
}
