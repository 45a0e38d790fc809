// Exports of the matrix: a CSV for the minutes (formula-safe) and a PNG of the board.
import { usePlatsen, useT } from '../../app/store-context';
import { matrixCsv, type Quadrant } from '../../domain/matrix';
import type { WorkshopNote } from '../../domain/model';
import { canvasToPng, downloadBlob } from '../export-image/download';
import { localToday } from '../present/gate-playback';
import { drawMatrix } from './matrix-image';

export function MatrixExport({ notes }: { notes: WorkshopNote[] }) {
  const t = useT();
  const workspace = usePlatsen((s) => Object.values(s.doc.workspace)[0]?.name ?? '');
  const quadrant = (q: Quadrant) => t(`matrix.quadrant.${q}`);

  const csv = () => {
    const text = matrixCsv(notes, {
      header: [t('matrix.csv.category'), t('matrix.csv.text'), t('matrix.csv.effort'), t('matrix.csv.impact'), t('matrix.csv.quadrant')],
      category: (c) => t(`notes.category.${c}`),
      quadrant,
    });
    downloadBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), `platsen-matris-${localToday()}.csv`);
  };

  const png = async () => {
    const canvas = drawMatrix(notes, {
      title: `${t('matrix.title')} – ${workspace}`, effortAxis: t('matrix.effortAxis'), impactAxis: t('matrix.impactAxis'), quadrant,
    });
    downloadBlob(await canvasToPng(canvas), `platsen-matris-${localToday()}.png`);
  };

  return (
    <div className="matrix-export">
      <button type="button" onClick={csv}>{t('matrix.exportCsv')}</button>
      <button type="button" onClick={() => void png()}>{t('matrix.exportPng')}</button>
    </div>
  );
}
