// A zipped point shapefile in UTM zone 33N as ArcGIS writes it (ESRI WKT, no authority), its
// positions projected by Lantmäteriet's Gauss–Krüger formulas rather than proj4, so a reader that
// puts the places back where they were agrees with an independent transformation.
import { dbf, shapefile, zip } from './file-writers';
import { gaussKruger, SWEREF_TM_GRID } from './gauss-kruger';

export interface Place { namn: string; lat: number; lon: number }

export const ESRI_UTM33N = 'PROJCS["WGS_1984_UTM_Zone_33N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],'
  + 'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],'
  + 'PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",15.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

const utf8 = (s: string) => Buffer.from(s, 'utf8');

/**
 * platser.shp/.shx/.dbf/.prj/.cpg with a `namn` column. UTM 33N shares SWEREF 99 TM's grid (central
 * meridian 15°, scale 0.9996, false easting 500 km); WGS 84 and GRS 80 differ by far less than a millimetre here.
 */
export function utmPlacesShapefile(places: readonly Place[], prj = ESRI_UTM33N): Buffer {
  const { shp, shx } = shapefile(places.map((p) => ({ point: gaussKruger(p.lat, p.lon, SWEREF_TM_GRID) })));
  return zip([['platser.shp', shp], ['platser.shx', shx], ['platser.dbf', dbf(['namn'], places.map((p) => ({ namn: p.namn })), utf8)],
    ['platser.prj', utf8(prj)], ['platser.cpg', utf8('UTF-8')]]);
}
