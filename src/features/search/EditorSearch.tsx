// The top bar's search: the workspace's areas and investments (offline) and, where the deployment
// has a geocoder, addresses, biased to the workspace's areas. A pick selects the area or the
// investment and shows it; an address is flown to and marked, so a planner can place an
// investment on the right street.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { Marker } from 'maplibre-gl';
import { useBoot } from '../../app/boot-context';
import { usePlatsen, usePlatsenStore, useT } from '../../app/store-context';
import type { PlatsenDocument } from '../../domain/model';
import { focusSelection } from '../../map/focus';
import { getMap } from '../../map/map-registry';
import { bboxOf, interiorPoint, type Bbox } from '../../map/planar';
import { geocode } from '../../search/geocoder';
import { placeIndex, type Place, type PlaceIndex } from '../../search/places';
import { PlaceSearch } from '../../ui/search/PlaceSearch';

const centre = ([w, s, e, n]: Bbox): [number, number] => [(w + e) / 2, (s + n) / 2];

function documentPlaces(doc: Pick<PlatsenDocument, 'areas' | 'investments'>): Place[] {
  const areas = Object.values(doc.areas);
  const areaName = new Map(areas.map((a) => [a.id, a.name]));
  return [
    ...areas.map((a): Place => ({ kind: 'area', id: a.id, label: a.name, detail: '', center: interiorPoint(a.geometry) as [number, number], bbox: bboxOf(a.geometry) })),
    ...Object.values(doc.investments).map((inv): Place => {
      const box = bboxOf(inv.geometry);
      return { kind: 'investment', id: inv.id, label: inv.title, detail: (inv.areaId && areaName.get(inv.areaId)) || '', center: centre(box), bbox: box };
    }),
  ];
}

/** Where addresses are preferred: the workspace's areas with room around, else the deployment's view. */
function biasOf(doc: Pick<PlatsenDocument, 'areas'>, fallback: [number, number]): Bbox {
  const areas = Object.values(doc.areas);
  if (areas.length === 0) return [fallback[0] - 0.2, fallback[1] - 0.12, fallback[0] + 0.2, fallback[1] + 0.12];
  const [w, s, e, n] = bboxOf({ type: 'GeometryCollection', geometries: areas.map((a) => a.geometry) });
  return [w - 0.05, s - 0.03, e + 0.05, n + 0.03];
}

export function EditorSearch() {
  const t = useT();
  const store = usePlatsenStore();
  const { config, baseUrl } = useBoot();
  const lang = usePlatsen((s) => s.session.lang);
  const areas = usePlatsen((s) => s.doc.areas);
  const investments = usePlatsen((s) => s.doc.investments);
  const marker = useRef<Marker | null>(null);
  useEffect(() => () => void marker.current?.remove(), []);

  // Built on the first keystroke after a change, not on every edit of a large workspace.
  const index = useMemo(() => {
    let built: PlaceIndex | null = null;
    return () => (built ??= placeIndex(documentPlaces({ areas, investments })));
  }, [areas, investments]);
  const local = useCallback((text: string) => (text ? index().search(text) : []), [index]);
  const geocoder = config.geocoder;
  const bias = useMemo(() => geocoder?.bbox ?? biasOf({ areas }, config.initialView.center), [geocoder, areas, config.initialView.center]);
  const remote = useMemo(() => geocoder
    ? (text: string, signal: AbortSignal) => geocode(geocoder, text, { bias, lang, baseUrl, signal })
    : undefined, [geocoder, bias, lang, baseUrl]);

  function pick(place: Place) {
    marker.current?.remove();
    marker.current = null;
    const map = getMap();
    if (place.kind === 'address') {
      if (!map) return;
      marker.current = new Marker({ color: '#b0126b' }).setLngLat(place.center).addTo(map);
      map.flyTo({ center: place.center, zoom: Math.max(map.getZoom(), 16) });
      return;
    }
    const selection = { type: place.kind, ids: [place.id] };
    store.setSession({ selection });
    focusSelection(store.getState().doc, selection);
  }

  return (
    <PlaceSearch className="editor-search" label={t(geocoder ? 'search.label' : 'search.labelOffline')} labelHidden
      placeholder={t('search.placeholderShort')} local={local} remote={remote} onPick={pick} t={t} />
  );
}
