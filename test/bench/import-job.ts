// The work an import worker does with a dropped file: the app's own pipeline (readAny: sniff,
// parse, detect the CRS, validate every feature), for the Node worker rows (2w, 2c); the browser row
// (2) runs the app's own worker, src/workers/import-worker.ts.
import { readAny } from '../../src/domain/io/import-pipeline';
import type { NormalisedFeature, ValidationCounts } from '../../src/domain/io/types';

export interface ImportRequest {
  bytes: Uint8Array;
  /** Features per message back; 0 posts them all in one message. */
  chunk: number;
}

export type ImportMessage =
  | { type: 'features'; features: NormalisedFeature[] }
  | { type: 'done'; ms: number; counts: ValidationCounts };

/** Imports the file and hands the features over in messages of `chunk` features: the receiving
 *  main thread pays a structured clone per message, so the chunk size bounds its longest task. */
export async function importJob({ bytes, chunk }: ImportRequest, post: (message: ImportMessage) => void): Promise<void> {
  const start = performance.now();
  const result = await readAny({ name: 'investeringar.geojson', bytes }, {
    // Only KML needs an XML parser; the bench file is GeoJSON.
    parseXml: () => { throw new Error('no XML in this bench'); },
  });
  const ms = performance.now() - start;
  const size = chunk > 0 ? chunk : result.features.length;
  for (let i = 0; i < result.features.length; i += size) post({ type: 'features', features: result.features.slice(i, i + size) });
  post({ type: 'done', ms, counts: result.counts });
}
