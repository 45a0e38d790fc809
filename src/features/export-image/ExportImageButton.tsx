// "Save map image": the current view as a PNG for handouts, with title, the legend of what it
// shows, sources (the data owners as the public map credits them) and date, named
// platsen-karta-YYYY-MM-DD.png. Printed by default (at least 2400 px wide); cancellable.
import { useRef, useState } from 'react';
import { useBoot } from '../../app/boot-context';
import { usePlatsen, usePlatsenStore, useT } from '../../app/store-context';
import { workspaceOf } from '../../domain/model';
import { formatDate } from '../../i18n/translate';
import { latestInView } from '../../map/in-view';
import { getMap } from '../../map/map-registry';
import { notesInView } from '../../map/notes-layer';
import { gatesOf } from '../../store/selectors';
import { legendSections } from '../legend/legend-model';
import { credits } from '../present/credits';
import { drawnLegend } from '../present/drawn-legend';
import { localToday } from '../present/gate-playback';
import { composeMapImage, printScale } from './compose';
import { canvasToPng, downloadBlob } from './download';

type Resolution = 'print' | 'screen';

export function ExportImageButton() {
  const t = useT();
  const store = usePlatsenStore();
  const { config } = useBoot();
  const lang = usePlatsen((s) => s.session.lang);
  const [resolution, setResolution] = useState<Resolution>('print');
  const [busy, setBusy] = useState(false);
  const cancel = useRef<AbortController | null>(null);

  const save = async () => {
    const map = getMap();
    if (!map) return store.notify('error', 'tours.noMap');
    const { doc, session } = store.getState();
    const selection = session.selection;
    const area = selection?.type === 'area' && selection.ids.length === 1 ? doc.areas[selection.ids[0]!]?.name : undefined;
    const today = localToday();
    const dateLine = [t('exportImage.date', { date: formatDate(today, lang) }), session.asOf ? t('exportImage.asOf', { date: formatDate(session.asOf, lang) }) : null];
    const legend = drawnLegend(legendSections(gatesOf(doc), session.colourBy, lang, t, { areaShading: session.areaShading, inView: latestInView() }), {
      selected: !!selection && selection.ids.length > 0, notes: notesInView(map, doc),
    }, t);
    const width = map.getCanvas().clientWidth;
    const scale = resolution === 'print' ? printScale(width, window.devicePixelRatio) : window.devicePixelRatio;
    const controller = new AbortController();
    cancel.current = controller;
    setBusy(true);
    try {
      const canvas = await composeMapImage(map, legend, {
        title: [workspaceOf(doc)?.name ?? t('app.name'), area].filter(Boolean).join(' – '),
        subtitle: dateLine.filter(Boolean).join(' · '),
        attribution: t('exportImage.sources', { sources: credits(doc, session.basemap, config) }),
        legendTitle: t('map.legend.title'),
      }, { scale, signal: controller.signal });
      downloadBlob(await canvasToPng(canvas), `platsen-karta-${today}.png`);
      store.notify('info', 'exportImage.done');
    } catch (e) {
      if ((e as Error).name === 'AbortError') store.notify('info', 'exportImage.cancelled');
      else {
        console.warn(e);
        store.notify('error', 'exportImage.failed');
      }
    } finally {
      cancel.current = null;
      setBusy(false);
    }
  };

  return (
    <div className="export-image">
      <label>
        {t('exportImage.resolution')}
        <select value={resolution} disabled={busy} onChange={(e) => setResolution(e.target.value as Resolution)}>
          <option value="print">{t('exportImage.print')}</option>
          <option value="screen">{t('exportImage.screen')}</option>
        </select>
      </label>
      <button type="button" disabled={busy} onClick={() => void save()}>{busy ? t('exportImage.busy') : t('exportImage.button')}</button>
      {busy && <button type="button" onClick={() => cancel.current?.abort()}>{t('exportImage.cancel')}</button>}
    </div>
  );
}
