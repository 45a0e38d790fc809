// Search of the map's own places, offline: areas and investments by name, whatever the case or the
// accents ("rosengard" finds Rosengård), words in any order, best matches first. The editor and
// the public viewer each give it their places; addresses come from a geocoder (geocoder.ts).
import type { Bbox } from '../map/planar';

export type PlaceKind = 'area' | 'investment' | 'address';

export interface Place {
  kind: PlaceKind;
  /** The record's id (areas, investments) or the geocoder's. */
  id: string;
  label: string;
  /** A second line: an investment's area, an address's town. */
  detail: string;
  /** Where to show it: a point (addresses) or its extent. */
  center: [number, number];
  bbox: Bbox | null;
}

export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('sv');
}

interface Indexed {
  place: Place;
  words: string[];
  folded: string;
}

/** 0 = the name starts with the query, 1 = a word of it does, 2 = it contains every word. */
function rank(entry: Indexed, query: string, words: string[]): number | null {
  if (!words.every((w) => entry.folded.includes(w))) return null;
  if (entry.folded.startsWith(query)) return 0;
  return words.every((w) => entry.words.some((ew) => ew.startsWith(w))) ? 1 : 2;
}

export interface PlaceIndex {
  search(text: string, limit?: number): Place[];
}

export function placeIndex(places: readonly Place[]): PlaceIndex {
  const entries: Indexed[] = places.map((place) => {
    const folded = fold(place.label);
    return { place, folded, words: folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean) };
  });
  const kindOrder: Record<PlaceKind, number> = { area: 0, investment: 1, address: 2 };
  return {
    search(text, limit = 8) {
      const query = fold(text.trim());
      const words = query.split(/\s+/).filter(Boolean);
      if (words.length === 0) return [];
      return entries
        .flatMap((e) => {
          const r = rank(e, query, words);
          return r === null ? [] : [{ e, r }];
        })
        .sort((a, b) => a.r - b.r || kindOrder[a.e.place.kind] - kindOrder[b.e.place.kind] || a.e.place.label.localeCompare(b.e.place.label, 'sv'))
        .slice(0, limit)
        .map(({ e }) => e.place);
    },
  };
}
