// When a filter changes and none of its results is in the clear part of the view, the map moves to
// show them all: filtering by an area across town must not leave the map on an empty street. The
// map moves only on a change of the filter, never while the user pans with one active, and not
// while presenting: a tour's scene brings its own camera with its filter.
import type { Map as MaplibreMap } from 'maplibre-gl';
import { isFilterActive, type InvestmentFilter } from '../domain/filter';
import { selectFilteredInvestments } from '../store/selectors';
import type { PlatsenStore } from '../store/store';
import { clearRect } from './clear-view';
import { focusInvestments } from './focus';
import { bboxOf } from './planar';

export function installFollowFilter(map: MaplibreMap, store: PlatsenStore): () => void {
  let filter: InvestmentFilter = store.getState().session.filter;

  const onChange = () => {
    const s = store.getState();
    if (s.session.filter === filter) return;
    filter = s.session.filter;
    if (!isFilterActive(filter) || s.session.mode === 'present') return;
    const results = selectFilteredInvestments(s);
    if (results.length === 0) return;
    const { left, top, right, bottom } = clearRect(map);
    const sw = map.unproject([left, bottom]);
    const ne = map.unproject([right, top]);
    // Stops at the first result in view: usually one of the first few.
    const anyInView = results.some((inv) => {
      const [w, s2, e, n] = bboxOf(inv.geometry);
      return e >= sw.lng && w <= ne.lng && n >= sw.lat && s2 <= ne.lat;
    });
    if (!anyInView) focusInvestments(s.doc, results);
  };

  return store.subscribe(onChange);
}
