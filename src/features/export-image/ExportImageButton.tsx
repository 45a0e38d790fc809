// "Save map image": the current view as a PNG with title, legend, sources and date, named
// platsen-karta-YYYY-MM-DD.png.
import { useState } from 'react';
import { usePlatsen, usePlatsenStore, useT } from '../../app/store-context';
import { workspaceOf } from '../../domain/model';
import { formatDate } from '../../i18n/translate';
import { latestInView } from '../../map/in-view';
import { getMap } from '../../map/map-registry';
import { gatesOf } from '../../store/selectors';
import { legendSections } from '../legend/legend-model';
import { localToday } from '../present/gate-playback';
import { composeMapImage } from './compose';
import { canvasToPng, downloadBlob } from './download';

export function ExportImageButton() {
  const t = useT();
  const store = usePlatsenStore();
  const lang = usePlatsen((s) => s.session.lang);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    const map = getMap();
    if (!map) return store.notify('error', 'tours.noMap');
    const { doc, session } = store.getState();
    const selection = session.selection;
    const area = selection?.type === 'area' && selection.ids.length === 1 ? doc.areas[selection.ids[0]!]?.name : undefined;
    const today = localToday();
    const dateLine = [t('exportImage.date', { date: formatDate(today, lang) }), session.asOf ? t('exportImage.asOf', { date: formatDate(session.asOf, lang) }) : null];
    const sources = map.getContainer().querySelector('.maplibregl-ctrl-attrib-inner')?.textContent?.trim() ?? '';
    setBusy(true);
    try {
      const canvas = await composeMapImage(map, legendSections(gatesOf(doc), session.colourBy, lang, t, { areaShading: session.areaShading, inView: latestInView() }), {
        title: [workspaceOf(doc)?.name ?? t('app.name'), area].filter(Boolean).join(' – '),
        subtitle: dateLine.filter(Boolean).join(' · '),
        attribution: t('exportImage.sources', { sources }),
        legendTitle: t('map.legend.title'),
      });
      downloadBlob(await canvasToPng(canvas), `platsen-karta-${today}.png`);
      store.notify('info', 'exportImage.done');
    } catch (e) {
      console.warn(e);
      store.notify('error', 'exportImage.failed');
    } finally {
      setBusy(false);
    }
  };

  return (
    <button type="button" disabled={busy} onClick={() => void save()}>
      {busy ? t('exportImage.busy') : t('exportImage.button')}
    </button>
  );
}
