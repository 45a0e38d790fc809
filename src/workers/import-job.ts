// What the import worker does with a file, apart from the worker wiring so the app-level tests run
// exactly this in Node: the shared pipeline (readAny) with xmldom for KML and GPX, SQLite as the
// caller opens it (browser or Node), progress as messages.
import { isDomainError } from '../domain/errors';
import { readAny } from '../domain/io/import-pipeline';
import type { OpenSqlite } from '../domain/io/read-geopackage';
import { parseXmlStrict } from '../domain/io/parse-xml';
import { FEATURE_CHUNK, validSourceIndex, type ImportRequest, type ImportWorkerMessage } from './import-protocol';

export async function runImportJob(request: ImportRequest, post: (message: ImportWorkerMessage) => void, openSqlite: OpenSqlite): Promise<void> {
  const { name, bytes, crs, swapAxes, layer } = request;
  try {
    const result = await readAny({ name, bytes: new Uint8Array(bytes) }, {
      parseXml: parseXmlStrict,
      openSqlite,
      crs,
      swapAxes,
      layer,
      progressEvery: 500,
      onProgress: (done, total) => post({ type: 'progress', done, total }),
    });
    const { features, ...rest } = result;
    for (let i = 0; i < features.length; i += FEATURE_CHUNK) post({ type: 'features', features: features.slice(i, i + FEATURE_CHUNK) });
    post({ type: 'result', result: { ...rest, features: [] }, sourceIndex: validSourceIndex(result.counts.total, result.problems) });
  } catch (e) {
    if (isDomainError(e)) post({ type: 'error', code: e.code, params: e.params });
    else post({ type: 'error', code: 'io.error.unreadable', params: { name } });
  }
}
