// Session state: what the user is looking at and doing. Never saved with the workspace, never undone.
import type { Aspect, Id, InvestmentKind, IsoDate } from '../domain/model';
import { EMPTY_FILTER, type InvestmentFilter } from '../domain/filter';
import type { BasemapId } from '../map/basemap/choices';

export type Lang = 'sv' | 'en';
export type Mode = 'explore' | 'edit' | 'present';
export type Selection = { type: 'area'; ids: Id[] } | { type: 'investment'; ids: Id[] } | null;
/** A map gesture in progress that owns map clicks (drawing or editing a shape, picking reference polygons, placing a note). */
export type Interaction = 'idle' | 'drawing' | 'editing' | 'adopting' | 'placing';
/** What the investment symbols' colour shows: the phase, or the latest rating of one aspect. */
export type ColourBy = { type: 'phase' } | { type: 'aspect'; aspect: Aspect };
/** What the areas are shaded by (map/area-shading.ts): nothing, the programme's state for the
 *  active colour, or its progress (share of the budget past the implementation gate). */
export type AreaShading = 'none' | 'colour' | 'progress';

/** A message for the user: a key and parameters, translated where it is shown. */
export interface Notice {
  id: number;
  /** 'info' confirms and leaves by itself after a few seconds; 'error' stays until closed. */
  tone: 'info' | 'error';
  key: string;
  params?: Record<string, string | number>;
  /** Parameters that are themselves message keys (a history entry's label), translated where shown. */
  keyParams?: Record<string, string>;
}

/** The wide gate board over the map: which programme (null = all) and which investments it shows. */
export interface BoardView {
  areaId: Id | null;
  departmentId: Id | null;
  kind: InvestmentKind | null;
  waitingOnly: boolean;
}

export interface StorageInfo {
  /** null until the browser has answered. */
  persisted: boolean | 'unsupported' | null;
  usage?: number;
  quota?: number;
  /** Writes not yet confirmed by the database. */
  pending: number;
  /** When this browser last saved a backup file; null for never, undefined until read. */
  lastBackup?: string | null;
}

export interface Session {
  lang: Lang;
  mode: Mode;
  selection: Selection;
  filter: InvestmentFilter;
  colourBy: ColourBy;
  areaShading: AreaShading;
  asOf: IsoDate | null;
  notices: Notice[];
  storage: StorageInfo;
  interaction: Interaction;
  basemap: BasemapId;
  /** The gate board, when it is open over the map. */
  board: BoardView | null;
}

export function initialSession(lang: Lang, basemap: BasemapId = 'offline'): Session {
  return { lang, mode: 'edit', selection: null, filter: EMPTY_FILTER, colourBy: { type: 'phase' }, areaShading: 'none', asOf: null, notices: [],
    storage: { persisted: null, pending: 0 }, interaction: 'idle', basemap, board: null };
}
