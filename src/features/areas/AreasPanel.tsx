import { useCallback, useState } from 'react';
import { usePlatsen, useT } from '../../app/store-context';
import { selectCanEdit } from '../../store/selectors';
import { AdoptAreas } from './AdoptAreas';
import { AreaList } from './AreaList';
import { DrawArea } from './DrawArea';
import './areas.css';

type Task = 'list' | 'draw' | 'adopt';

/**
 * The panel when no area is selected: tools to draw an area or create one from reference
 * boundaries (except in presentation mode), and the list of areas.
 */
export function AreasPanel() {
  const t = useT();
  const [task, setTask] = useState<Task>('list');
  const editable = usePlatsen(selectCanEdit);
  // Stable, so the drawing session is not restarted by a re-render of the panel.
  const backToList = useCallback(() => setTask('list'), []);

  if (editable && task === 'draw') return <DrawArea onDone={backToList} />;
  if (editable && task === 'adopt') return <AdoptAreas onDone={backToList} />;
  return (
    <div className="areas-panel">
      {editable && (
        <div role="group" aria-label={t('areas.tools')} className="area-tools">
          <button type="button" onClick={() => setTask('draw')}>{t('areas.draw')}</button>
          <button type="button" onClick={() => setTask('adopt')}>{t('areas.adopt')}</button>
        </div>
      )}
      <AreaList />
    </div>
  );
}
