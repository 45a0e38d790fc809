// The workshop tools in the side panel, under whatever the panel shows: tours, notes, the
// effort/impact matrix and the map image. Folded, so they take no room until needed.
import { useState } from 'react';
import { useT } from '../../app/store-context';
import '../../i18n/strings/workshop';
import { ExportImageButton } from '../export-image/ExportImageButton';
import { MatrixBoard } from '../matrix/MatrixBoard';
import { NotesPanel } from '../notes/NotesPanel';
import { ToursPanel } from '../tours/ToursPanel';
import './workshop-panel.css';

// Open or folded stays as the facilitator left it while presentation mode hides the panel.
let wasOpen = false;

export function WorkshopPanel() {
  const t = useT();
  const [open] = useState(wasOpen);
  return (
    <details className="workshop-panel" open={open} onToggle={(e) => { wasOpen = e.currentTarget.open; }}>
      <summary>{t('workshop.panel')}</summary>
      <ToursPanel />
      <NotesPanel />
      <MatrixBoard />
      <div className="workshop-section">
        <ExportImageButton />
      </div>
    </details>
  );
}
