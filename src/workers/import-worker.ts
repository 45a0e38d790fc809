// The import worker: reads and checks a dropped file off the main thread (a 20 MB GeoJSON takes
// seconds to validate), posting progress. Cancelling terminates the worker. SQLite (for GeoPackages)
// is imported on demand, so it is a chunk of its own that other files never load.
import { runImportJob } from './import-job';
import type { ImportRequest } from './import-protocol';

const openSqlite = () => import('./sqlite-browser').then((m) => m.openSqlite());

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  void runImportJob(event.data, (message) => self.postMessage(message), openSqlite);
};
