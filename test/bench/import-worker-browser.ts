// Browser Web Worker body for bench #2, bundled by the bench with esbuild (the app has no import
// worker entry yet): receives the file's bytes, posts the features back in chunks.
import { importJob, type ImportRequest } from './import-job';

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  void importJob(event.data, (message) => self.postMessage(message));
};
