// The import worker: reads and checks a dropped file off the main thread (a 20 MB GeoJSON takes
// seconds to validate), posting progress. Cancelling terminates the worker.
import { runImportJob } from './import-job';
import type { ImportRequest } from './import-protocol';

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  void runImportJob(event.data, (message) => self.postMessage(message));
};
