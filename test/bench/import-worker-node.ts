// Node worker_threads body for bench #2: receives the file's bytes, posts back the features.
import { parentPort } from 'node:worker_threads';
import { importJob, type ImportRequest } from './import-job';

parentPort!.on('message', (request: ImportRequest) => {
  void importJob(request, (message) => parentPort!.postMessage(message));
});
