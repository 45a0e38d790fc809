// The Workshop tab of the panel: everything a facilitator prepares and uses in a meeting (tours,
// notes, the effort/impact matrix and the map image for handouts).
import { useT } from '../../app/store-context';
import '../../i18n/strings/workshop';
import { ExportImageButton } from '../export-image/ExportImageButton';
import { MatrixBoard } from '../matrix/MatrixBoard';
import { NotesPanel } from '../notes/NotesPanel';
import { ToursPanel } from '../tours/ToursPanel';
import './workshop-panel.css';

export function WorkshopPanel() {
  const t = useT();
  return (
    <div className="workshop-panel">
      <h2 className="visually-hidden">{t('workshop.panel')}</h2>
      <ToursPanel />
      <NotesPanel />
      <MatrixBoard />
      <section className="workshop-section" aria-labelledby="export-image-title">
        <h2 id="export-image-title">{t('exportImage.title')}</h2>
        <ExportImageButton />
      </section>
    </div>
  );
}
