// Bring your own data: pick or drop a file, read and check it in a worker (progress, cancel), look
// at it on the map and in a table, map its fields, and import it as ONE command (one undo step,
// one transaction: cancelling the write leaves the database as it was).
import { useEffect, useId, useRef, useState } from 'react';
import { usePlatsenStore, useT } from '../../app/store-context';
import { importFeatures, type ImportFeaturesArgs } from '../../domain/commands/import-features';
import type { ReadChoice } from '../../domain/io/import-pipeline';
import { checkFileSize } from '../../domain/io/detect-format';
import { isDomainError } from '../../domain/errors';
import { CrsPicker } from './CrsPicker';
import { ImportPreview } from './ImportPreview';
import { Progress } from './Progress';
import { readInWorker, type ReadJob } from './read-in-worker';
import type { ReadFile } from './import-flow';
import '../../i18n/strings/io';
import '../../i18n/strings/import-export';
import './import-export.css';

type Step =
  | { step: 'pick' }
  | { step: 'large'; file: File }
  | { step: 'reading'; file: File; done: number; total: number }
  | { step: 'preview'; file: File; read: ReadFile; choice: ReadChoice }
  | { step: 'writing'; done: number; total: number }
  | { step: 'done'; count: number }
  | { step: 'error'; code: string; params: Record<string, string | number>; file?: File };

export const ACCEPT = '.geojson,.json,.gpkg,.kml,.kmz,.gpx,.zip,.csv,.txt,.tsv';

export function ImportDialog({ initialFile, onClose }: { initialFile: File | null; onClose(): void }) {
  const t = useT();
  const store = usePlatsenStore();
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [state, setState] = useState<Step>({ step: 'pick' });
  const job = useRef<ReadJob | null>(null);
  const write = useRef<AbortController | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    return () => {
      job.current?.cancel();
      dialog?.close?.();
    };
  }, []);

  async function read(file: File, choice: ReadChoice) {
    setState({ step: 'reading', file, done: 0, total: 0 });
    job.current = readInWorker(file, choice, (done, total) => setState({ step: 'reading', file, done, total }));
    const outcome = await job.current.promise;
    job.current = null;
    setState(outcome.ok ? { step: 'preview', file, read: outcome.read, choice } : { step: 'error', code: outcome.code, params: outcome.params, file });
  }

  function choose(file: File) {
    try {
      // File.size is known without reading: a 300 MB file is refused before a byte is loaded.
      if (checkFileSize(file.size).large) return setState({ step: 'large', file });
    } catch (e) {
      if (isDomainError(e)) return setState({ step: 'error', code: e.code, params: e.params });
      throw e;
    }
    void read(file, {});
  }

  // A file dropped on the window opens the dialog with it.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => { if (initialFile) choose(initialFile); }, [initialFile]);

  async function commit(args: ImportFeaturesArgs, count: number) {
    const controller = new AbortController();
    write.current = controller;
    setState({ step: 'writing', done: 0, total: 0 });
    const result = await store.dispatch(importFeatures, args, {
      signal: controller.signal,
      onProgress: (done, total) => setState({ step: 'writing', done, total }),
    });
    write.current = null;
    if (result.ok) setState({ step: 'done', count });
    else setState({ step: 'error', code: controller.signal.aborted ? 'importExport.import.writeCancelled' : result.error.code, params: result.error.params });
  }

  const close = () => {
    if (state.step === 'writing') return;
    onClose();
  };

  return (
    // Docked over the map's right side: an overlay (clear-view.ts) the preview's camera keeps its features out from under.
    <dialog ref={ref} className="import-dialog" aria-labelledby={titleId} data-map-overlay="" onCancel={(e) => { e.preventDefault(); close(); }}>
      <h2 id={titleId}>{t('importExport.import.title')}</h2>
      {(state.step === 'pick' || state.step === 'error' || state.step === 'done') && (
        <FilePicker onFile={choose} />
      )}
      {state.step === 'large' && (
        <div role="alert" className="import-warning">
          <p>{t('importExport.import.largeWarning', { name: state.file.name, sizeMb: Math.round(state.file.size / 1024 / 1024) })}</p>
          <button type="button" onClick={() => void read(state.file, {})}>{t('importExport.import.readAnyway')}</button>
          <button type="button" onClick={() => setState({ step: 'pick' })}>{t('importExport.cancel')}</button>
        </div>
      )}
      {state.step === 'reading' && (
        <Progress label={t('importExport.import.reading', { name: state.file.name })} done={state.done} total={state.total}
          onCancel={() => job.current?.cancel()} />
      )}
      {state.step === 'preview' && (
        <ImportPreview read={state.read} choice={state.choice} onRerun={(choice) => void read(state.file, choice)}
          onImport={(args, count) => void commit(args, count)} onRepaired={(next) => setState({ ...state, read: next })} />
      )}
      {state.step === 'writing' && (
        <Progress label={t('importExport.import.writing')} done={state.done} total={state.total} onCancel={() => write.current?.abort()} />
      )}
      {state.step === 'done' && <p role="status">{t('importExport.import.done', { n: state.count })}</p>}
      {state.step === 'error' && (
        <>
          <p role="alert" className="form-error">{t(state.code, state.params)}</p>
          {state.code === 'io.error.crsAmbiguous' && state.file && (
            <CrsPicker candidates={null} onChoose={(crs) => void read(state.file!, { crs })} />
          )}
        </>
      )}
      <div className="import-actions">
        <button type="button" onClick={close} disabled={state.step === 'writing'}>{t('importExport.close')}</button>
      </div>
    </dialog>
  );
}

function FilePicker({ onFile }: { onFile(file: File): void }) {
  const t = useT();
  const inputId = useId();
  return (
    <div className="import-picker">
      <label htmlFor={inputId}>{t('importExport.import.chooseFile')}</label>
      <input id={inputId} type="file" accept={ACCEPT} onChange={(e) => {
        const file = e.target.files?.[0];
        e.target.value = '';
        if (file) onFile(file);
      }} />
      <p className="hint">{t('importExport.import.formats')}</p>
    </div>
  );
}
