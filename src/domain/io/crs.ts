// Coordinate systems. Swedish municipalities mostly hand over WGS 84, SWEREF 99 TM, the twelve
// SWEREF 99 local zones and RT90 2.5 gon V (still in older plans), plus Web Mercator from web tools:
// those are known here by name and code, can be guessed from the numbers and chosen in the UI.
// Any other system that a .prj or a GeoPackage describes in WKT (UTM zones, ETRS89 national grids)
// is defined from its WKT by proj4; what proj4 cannot place on WGS 84 within a metre or so (a
// local drawing system, another datum without a stated shift) is refused by name, rather than
// silently drawn in the wrong place.
import proj4 from 'proj4';
import { DomainError } from '../errors';

const swerefZone = (meridian: number) =>
  `+proj=tmerc +lat_0=0 +lon_0=${meridian} +k=1 +x_0=150000 +y_0=0 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs`;

const DEFS = {
  'EPSG:4326': '+proj=longlat +datum=WGS84 +no_defs',
  'EPSG:3006': '+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  'EPSG:3007': swerefZone(12),
  'EPSG:3008': swerefZone(13.5),
  'EPSG:3009': swerefZone(15),
  'EPSG:3010': swerefZone(16.5),
  'EPSG:3011': swerefZone(18),
  'EPSG:3012': swerefZone(14.25),
  'EPSG:3013': swerefZone(15.75),
  'EPSG:3014': swerefZone(17.25),
  'EPSG:3015': swerefZone(18.75),
  'EPSG:3016': swerefZone(20.25),
  'EPSG:3017': swerefZone(21.75),
  'EPSG:3018': swerefZone(23.25),
  'EPSG:3021': '+proj=tmerc +lat_0=0 +lon_0=15.80827777777778 +k=1 +x_0=1500000 +y_0=0 +ellps=bessel '
    + '+towgs84=414.1,41.3,603.1,-0.855,2.141,-7.023,0 +units=m +no_defs',
  'EPSG:3857': '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +no_defs',
} as const;

/** A system known by name: guessable from the numbers and offered in the pickers. */
export type KnownCrs = keyof typeof DEFS;
/** A known code, an EPSG code read from a WKT's authority (EPSG:32633) or a WKT system's name. */
export type CrsCode = string;

export const CRS_CODES = Object.keys(DEFS) as KnownCrs[];
export const SWEREF_LOCAL_ZONES = CRS_CODES.filter((c) => /^EPSG:30(0[7-9]|1\d)$/.test(c));

/** Official names; not translated (they are the same in Swedish and English). */
export const CRS_NAMES: Record<KnownCrs, string> = {
  'EPSG:4326': 'WGS 84',
  'EPSG:3006': 'SWEREF 99 TM',
  'EPSG:3007': 'SWEREF 99 12 00',
  'EPSG:3008': 'SWEREF 99 13 30',
  'EPSG:3009': 'SWEREF 99 15 00',
  'EPSG:3010': 'SWEREF 99 16 30',
  'EPSG:3011': 'SWEREF 99 18 00',
  'EPSG:3012': 'SWEREF 99 14 15',
  'EPSG:3013': 'SWEREF 99 15 45',
  'EPSG:3014': 'SWEREF 99 17 15',
  'EPSG:3015': 'SWEREF 99 18 45',
  'EPSG:3016': 'SWEREF 99 20 15',
  'EPSG:3017': 'SWEREF 99 21 45',
  'EPSG:3018': 'SWEREF 99 23 15',
  'EPSG:3021': 'RT90 2.5 gon V',
  'EPSG:3857': 'WGS 84 / Pseudo-Mercator',
};

for (const [code, def] of Object.entries(DEFS)) proj4.defs(code, def);

/** Geographic systems within a metre of WGS 84 at Swedish scale (ETRS89, SWEREF 99 geographic). */
const WGS84_ALIASES = new Set([4326, 4258, 4619]);

/** Names of the systems defined from WKT in this realm (worker or command line). */
const wktNames = new Map<CrsCode, string>();

export function crsLabel(code: CrsCode): string {
  const name = isKnownCrs(code) ? CRS_NAMES[code] : wktNames.get(code);
  return name && name !== code ? `${name} (${code})` : code;
}

export function isKnownCrs(s: string): s is KnownCrs {
  return s in DEFS;
}

/** "EPSG:3006", "3006", "epsg:3006" → 'EPSG:3006'; unsupported → DomainError 'io.error.crsUnsupported'. */
export function parseCrsCode(input: string): KnownCrs {
  const m = /^(?:EPSG:)?(\d{4,5})$/i.exec(input.trim());
  if (m) {
    const n = Number(m[1]);
    const code = WGS84_ALIASES.has(n) ? 'EPSG:4326' : `EPSG:${n}`;
    if (isKnownCrs(code)) return code;
  }
  if (/^(OGC:)?CRS:?84$/i.test(input.trim())) return 'EPSG:4326';
  throw new DomainError('io.error.crsUnsupported', { name: input.trim().slice(0, 120) });
}

/** A GeoJSON 2008 `crs` member: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3006' } }. */
export function crsFromGeoJsonMember(member: unknown): KnownCrs {
  const props = (member as { properties?: { name?: unknown } } | null)?.properties;
  const name = typeof props?.name === 'string' ? props.name : null;
  if (!name) throw new DomainError('io.error.crsUnsupported', { name: JSON.stringify(member ?? null).slice(0, 120) });
  if (/CRS:?84$/i.test(name)) return 'EPSG:4326';
  const epsg = /EPSG:(?:[\d.]*:)?(\d+)$/i.exec(name);
  try {
    return parseCrsCode(epsg ? epsg[1]! : name);
  } catch {
    // Name the system as the file wrote it, so the user can search their GIS for it.
    throw new DomainError('io.error.crsUnsupported', { name: name.slice(0, 120) });
  }
}

const normaliseName = (s: string) => s.toUpperCase().replace(/[\s_.-]/g, '');

/** Projected systems by the names QGIS, ArcGIS and FME write into .prj files. */
const PRJ_NAMES: Array<[RegExp, KnownCrs]> = [
  [/^SWEREF99TM$/, 'EPSG:3006'],
  [/^ETRS89UTMZONE33N$|^ETRS1989UTMZONE33N$/, 'EPSG:3006'],
  [/^RT9025GON[VW]$/, 'EPSG:3021'],
  [/^WGS84PSEUDOMERCATOR$|^WGS1984WEBMERCATOR(AUXILIARYSPHERE)?$/, 'EPSG:3857'],
  ...SWEREF_LOCAL_ZONES.map((c): [RegExp, KnownCrs] => [new RegExp(`^${normaliseName(CRS_NAMES[c])}$`), c]),
];

const GEOGRAPHIC_NAMES = /^(GCS)?(WGS(19)?84|ETRS(19)?89|SWEREF99)$/;

/**
 * Reads the system from WKT (a .prj, a GeoPackage's gpkg_spatial_ref_sys; WKT1, ESRI or WKT2).
 * Known systems by name or by their EPSG authority first (our definitions carry the datum shifts
 * Lantmäteriet publishes); anything else is defined from the WKT itself (defineFromWkt).
 */
export function crsFromPrj(wkt: string): CrsCode {
  const head = /^\s*(PROJCS|PROJCRS|PROJECTEDCRS|GEOGCS|GEOGCRS|GEODCRS|GEOGRAPHICCRS|LOCAL_CS|ENGCRS|ENGINEERINGCRS)\s*\[\s*"([^"]*)"/i.exec(wkt);
  if (!head) throw new DomainError('io.error.prjUnreadable');
  const [, kind, name] = head as unknown as [string, string, string];
  const norm = normaliseName(name);
  if (/^PROJ/i.test(kind)) {
    const hit = PRJ_NAMES.find(([re]) => re.test(norm));
    if (hit) return hit[1];
  } else if (/^GEO/i.test(kind) && GEOGRAPHIC_NAMES.test(norm)) {
    return 'EPSG:4326';
  }
  const epsg = topLevelEpsg(wkt);
  if (epsg !== null) {
    const known = WGS84_ALIASES.has(epsg) ? 'EPSG:4326' : `EPSG:${epsg}`;
    if (isKnownCrs(known)) return known;
  }
  return defineFromWkt(wkt, name, epsg);
}

/** The EPSG code of the whole system: the AUTHORITY or ID closing the outermost bracket. */
function topLevelEpsg(wkt: string): number | null {
  const m = /(?:AUTHORITY|ID)\s*\[\s*"EPSG"\s*,\s*"?(\d+)"?\s*\]\s*\]\s*$/i.exec(wkt);
  return m ? Number(m[1]) : null;
}

/** GRS 80 and WGS 84 differ by 0.1 mm in the semi-minor axis: ETRS89, SWEREF 99 and WGS 84 agree within a metre. */
const isWgs84LikeEllipsoid = (a: number | undefined, rf: number | undefined) =>
  a === 6378137 && rf !== undefined && Math.abs(rf - 298.2572) < 0.001;

interface Proj4Def { projName?: string; datumCode?: string; datum_params?: number[]; a?: number; rf?: number; ellps?: string }

/**
 * Defines a system proj4 reads from WKT, under its EPSG code when the WKT names one (else under
 * its name). Refused: a local drawing system (no place on Earth), and a datum other than WGS 84 /
 * ETRS89 / SWEREF 99 without a stated shift (TOWGS84): proj4 would assume no shift and put
 * everything tens to hundreds of metres off (RT38 on Bessel is about 100 m off in Sweden).
 */
function defineFromWkt(wkt: string, name: string, epsg: number | null): CrsCode {
  const code = epsg !== null ? `EPSG:${epsg}` : `WKT:${name}`;
  const shown = name.slice(0, 120);
  let def: Proj4Def | undefined;
  try {
    proj4.defs(code, wkt);
    def = proj4.defs(code) as Proj4Def | undefined;
    proj4(code, 'EPSG:4326');
  } catch {
    throw new DomainError('io.error.crsUnsupported', { name: shown });
  }
  if (!def || !def.projName || def.projName === 'identity' || /^(LOCAL_CS|ENG)/i.test(wkt.trim())) {
    throw new DomainError('io.error.crsLocal', { name: shown });
  }
  if (!def.datum_params && !isWgs84LikeEllipsoid(def.a, def.rf)) {
    throw new DomainError('io.error.crsNoDatumShift', { name: shown, ellipsoid: String(def.ellps ?? '?').slice(0, 60) });
  }
  wktNames.set(code, name);
  return code;
}

export type Position2 = [number, number];
export type Transform = (x: number, y: number) => Position2;

/** A function from source coordinates to WGS 84 longitude/latitude; swap first if the axes are reversed. */
export function toWgs84Transform(from: CrsCode, swap = false): Transform {
  if (from === 'EPSG:4326') return swap ? (x, y) => [y, x] : (x, y) => [x, y];
  const converter = proj4(from, 'EPSG:4326');
  // 1e-9 degrees is a tenth of a millimetre: rounding drops float noise (13.000000000000002), not data.
  const round = (v: number) => Math.round(v * 1e9) / 1e9;
  return (x, y) => {
    const [lon, lat] = converter.forward(swap ? [y, x] : [x, y]) as Position2;
    return [round(lon), round(lat)];
  };
}

/** WGS 84 longitude/latitude into another system (tests and exports). */
export function fromWgs84(to: CrsCode, lon: number, lat: number): Position2 {
  return proj4('EPSG:4326', to).forward([lon, lat]) as Position2;
}
