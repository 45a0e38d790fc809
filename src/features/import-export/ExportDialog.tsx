// Areas and investments as GeoJSON, CSV or KML for other tools (GIS, Excel, Google Earth).
import { useEffect, useId, useRef, useState } from 'react';
import { usePlatsenStore, useT } from '../../app/store-context';
import { isDomainError } from '../../domain/errors';
import { exportCsv } from '../../domain/io/export-csv';
import { exportGeoJson } from '../../domain/io/export-geojson';
import { exportKml } from '../../domain/io/export-kml';
import type { ExportTarget } from '../../domain/io/export-rows';
import { workspaceOf } from '../../domain/model';
import { downloadBlob } from '../export-image/download';
import { datedFileName } from './file-names';

const FORMATS = {
  geojson: { ext: 'geojson', type: 'application/geo+json' },
  csv: { ext: 'csv', type: 'text/csv;charset=utf-8' },
  kml: { ext: 'kml', type: 'application/vnd.google-earth.kml+xml' },
} as const;
type ExportFormat = keyof typeof FORMATS;

export function ExportDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const store = usePlatsenStore();
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [message, setMessage] = useState<{ tone: 'status' | 'alert'; text: string } | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    return () => dialog?.close?.();
  }, []);

  function save(target: ExportTarget, format: ExportFormat) {
    const doc = store.getState().doc;
    const label = t(`importExport.export.${target}`);
    try {
      const text = format === 'geojson' ? exportGeoJson(doc, target)
        : format === 'csv' ? exportCsv(doc, target)
          : exportKml(doc, target, `${workspaceOf(doc)?.name ?? ''} – ${label}`);
      const name = datedFileName(`${t('importExport.export.filePrefix')}-${label}`, new Date(), `.${FORMATS[format].ext}`);
      downloadBlob(new Blob([text], { type: FORMATS[format].type }), name);
      setMessage({ tone: 'status', text: t('importExport.export.saved', { file: name }) });
    } catch (e) {
      if (!isDomainError(e)) throw e;
      setMessage({ tone: 'alert', text: t(e.code, e.params) });
    }
  }

  return (
    <dialog ref={ref} className="export-dialog" aria-labelledby={titleId} onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <h2 id={titleId}>{t('importExport.export.title')}</h2>
      <p className="hint">{t('importExport.export.intro')}</p>
      {(['areas', 'investments'] as const).map((target) => (
        <div key={target} role="group" aria-label={t(`importExport.export.${target}`)} className="export-row">
          <span>{t(`importExport.export.${target}`)}</span>
          {(Object.keys(FORMATS) as ExportFormat[]).map((format) => (
            <button key={format} type="button" onClick={() => save(target, format)}
              aria-label={t('importExport.export.as', { what: t(`importExport.export.${target}`), format: t(`io.format.${format}`) })}>
              {t(`io.format.${format}`)}
            </button>
          ))}
        </div>
      ))}
      {message && <p role={message.tone} className={message.tone === 'alert' ? 'form-error' : undefined}>{message.text}</p>}
      <div className="import-actions">
        <button type="button" onClick={onClose}>{t('importExport.close')}</button>
      </div>
    </dialog>
  );
}
