// Runs the import job in a Web Worker: the file is read only after the size check, its bytes are
// transferred to the worker, and cancelling terminates the worker at once.
import type { ReadChoice } from '../../domain/io/import-pipeline';
import { messageCollector, type ImportWorkerMessage } from '../../workers/import-protocol';
import type { ReadFile } from './import-flow';

export type ReadOutcome = { ok: true; read: ReadFile } | { ok: false; code: string; params: Record<string, string | number> };

export interface ReadJob {
  promise: Promise<ReadOutcome>;
  cancel(): void;
}

export function readInWorker(file: File, choice: ReadChoice, onProgress: (done: number, total: number) => void): ReadJob {
  const worker = new Worker(new URL('../../workers/import-worker.ts', import.meta.url), { type: 'module' });
  let settle: (outcome: ReadOutcome) => void = () => undefined;
  const promise = new Promise<ReadOutcome>((resolve) => {
    settle = (outcome) => {
      worker.terminate();
      resolve(outcome);
    };
  });
  const unreadable = () => settle({ ok: false, code: 'io.error.unreadable', params: { name: file.name } });
  const collect = messageCollector();
  worker.onmessage = (event: MessageEvent<ImportWorkerMessage>) => {
    const m = event.data;
    if (m.type === 'progress') onProgress(m.done, m.total);
    const outcome = collect(m);
    if (outcome?.ok) settle({ ok: true, read: { name: file.name, result: outcome.result, sourceIndex: outcome.sourceIndex } });
    else if (outcome) settle(outcome);
  };
  worker.onerror = unreadable;
  file.arrayBuffer().then((bytes) => worker.postMessage({ name: file.name, bytes, ...choice }, [bytes]), unreadable);
  return { promise, cancel: () => settle({ ok: false, code: 'io.cancelled', params: {} }) };
}
