// Import of the user's own files (GeoJSON, KML, zipped shapefiles, CSV) and the `validate` and
// `convert` commands. Every error says what happened, what was kept unchanged and what to do.
import { registerStrings } from '../translate';

/** A file-level refusal: what happened, that nothing was imported, what to do. */
const fileError = ([svWhat, svTodo]: [string, string], [enWhat, enTodo]: [string, string]) => ({
  sv: `${svWhat} Inget importerades. ${svTodo}`,
  en: `${enWhat} Nothing was imported. ${enTodo}`,
});

export const ioStrings = {
  'io.format.geojson': { sv: 'GeoJSON', en: 'GeoJSON' },
  'io.format.kml': { sv: 'KML', en: 'KML' },
  'io.format.shapefile': { sv: 'Shapefil (zip)', en: 'Shapefile (zip)' },
  'io.format.csv': { sv: 'CSV', en: 'CSV' },
  'io.format.kmz': { sv: 'KMZ (zippad KML)', en: 'KMZ (zipped KML)' },
  'io.format.gpx': { sv: 'GPX', en: 'GPX' },
  'io.format.geopackage': { sv: 'GeoPackage', en: 'GeoPackage' },

  'io.crs.source.declared': { sv: 'angivet i filen', en: 'stated in the file' },
  'io.crs.source.prj': { sv: 'angivet i .prj-filen', en: 'stated in the .prj file' },
  'io.crs.source.default': {
    sv: 'inget angivet; koordinaterna ser ut som longitud och latitud',
    en: 'none stated; the coordinates look like longitude and latitude',
  },
  'io.crs.source.guessed': {
    sv: 'GISSAT utifrån koordinaternas storlek: inget koordinatsystem anges i filen',
    en: 'GUESSED from the size of the coordinates: the file states no coordinate system',
  },
  'io.crs.source.user': { sv: 'valt av dig', en: 'chosen by you' },
  'io.crs.swapSuspected': {
    sv: 'Koordinaterna ser ut att stå i ordningen latitud, longitud. Byt ordning om objekten hamnar fel.',
    en: 'The coordinates seem to be in latitude, longitude order. Swap them if the features land in the wrong place.',
  },

  'io.error.tooLarge': fileError(
    ['Filen är {sizeMb} MB, större än gränsen {limitMb} MB, och lästes inte.', 'Dela upp filen, eller ta bort kolumner och objekt som inte behövs.'],
    ['The file is {sizeMb} MB, over the {limitMb} MB limit, and was not read.', 'Split the file, or remove columns and features you do not need.']),
  'io.error.emptyFile': fileError(['Filen {name} är tom.', 'Kontrollera att du valde rätt fil och att exporten blev klar.'],
    ['The file {name} is empty.', 'Check that you chose the right file and that the export finished.']),
  'io.error.shpNeedsZip': fileError(
    ['{name} är en del av en shapefil, som består av flera filer.', 'Packa .shp, .shx, .dbf, .prj (och .cpg) i en zip-fil och importera zip-filen.'],
    ['{name} is one part of a shapefile, which is several files.', 'Put the .shp, .shx, .dbf, .prj (and .cpg) in one zip file and import the zip file.']),
  'io.error.notZip': fileError(['{name} heter .zip men är ingen zip-fil.', 'Packa filerna på nytt och försök igen.'],
    ['{name} is named .zip but is not a zip file.', 'Zip the files again and try again.']),
  'io.error.notText': fileError(
    ['{name} är ingen textfil (den innehåller binära data), så den kan inte vara GeoJSON, KML eller CSV.', 'Kontrollera att du valde rätt fil; en shapefil ska vara packad som zip.'],
    ['{name} is not a text file (it holds binary data), so it cannot be GeoJSON, KML or CSV.', 'Check that you chose the right file; a shapefile must be zipped.']),
  'io.error.notJson': fileError(['{name} heter .geojson eller .json men innehåller ingen JSON.', 'Exportera filen som GeoJSON igen.'],
    ['{name} is named .geojson or .json but holds no JSON.', 'Export the file as GeoJSON again.']),
  'io.error.unknownFormat': fileError(
    ['Formatet på {name} känns inte igen.', 'Använd GeoJSON, KML, CSV med koordinatkolumner eller en zippad shapefil.'],
    ['The format of {name} is not recognised.', 'Use GeoJSON, KML, CSV with coordinate columns, or a zipped shapefile.']),
  'io.error.jsonTruncated': fileError(['JSON-texten tar slut mitt i: filen verkar avkortad.', 'Exportera eller ladda ner filen igen.'],
    ['The JSON text stops in the middle: the file seems cut short.', 'Export or download the file again.']),
  'io.error.jsonSyntax': fileError(['Filen är inte giltig JSON (fel på rad {line}, tecken {column}).', 'Rätta felet eller exportera filen igen.'],
    ['The file is not valid JSON (error at line {line}, character {column}).', 'Fix the error or export the file again.']),
  'io.error.geojsonNotObject': fileError(['Filen innehåller JSON av typen {found}, inte ett GeoJSON-objekt.', 'Exportera en FeatureCollection som GeoJSON.'],
    ['The file holds JSON of type {found}, not a GeoJSON object.', 'Export a FeatureCollection as GeoJSON.']),
  'io.error.geojsonNoFeatures': fileError(['Filen är en FeatureCollection utan listan "features".', 'Exportera filen som GeoJSON igen.'],
    ['The file is a FeatureCollection without its "features" list.', 'Export the file as GeoJSON again.']),
  'io.error.geojsonUnknownType': fileError(['Filen har GeoJSON-typen "{type}", som inte finns.', 'Använd FeatureCollection, Feature eller en geometri.'],
    ['The file has the GeoJSON type "{type}", which does not exist.', 'Use a FeatureCollection, a Feature or a geometry.']),
  'io.error.kmlMalformed': fileError(['KML-filen är inte giltig XML (den kan vara avkortad eller trasig).', 'Exportera filen igen.'],
    ['The KML file is not valid XML (it may be cut short or damaged).', 'Export the file again.']),
  'io.error.notKml': fileError(['Filen är XML men inte KML (den börjar med <{root}>).', 'Exportera som KML.'],
    ['The file is XML but not KML (it starts with <{root}>).', 'Export as KML.']),
  'io.error.kmlNoPlacemarks': fileError(['KML-filen innehåller inga platsmarkeringar (Placemark).', 'Kontrollera att lagret med objekten kom med i exporten.'],
    ['The KML file holds no placemarks.', 'Check that the layer with the features was included in the export.']),
  'io.error.gpxMalformed': fileError(['GPX-filen är inte giltig XML (den kan vara avkortad eller trasig).', 'Exportera filen igen.'],
    ['The GPX file is not valid XML (it may be cut short or damaged).', 'Export the file again.']),
  'io.error.notGpx': fileError(['Filen är XML men inte GPX (den börjar med <{root}>).', 'Exportera som GPX.'],
    ['The file is XML but not GPX (it starts with <{root}>).', 'Export as GPX.']),
  'io.error.gpxEmpty': fileError(['GPX-filen innehåller inga punkter, rutter eller spår.', 'Kontrollera att du valde rätt fil.'],
    ['The GPX file holds no waypoints, routes or tracks.', 'Check that you chose the right file.']),
  'io.error.gpkgNotSqlite': fileError(
    ['Filen är ingen GeoPackage: en GeoPackage är en SQLite-databas, och den här filen är det inte.', 'Kontrollera att du valde rätt fil och att nedladdningen blev klar.'],
    ['The file is not a GeoPackage: a GeoPackage is an SQLite database, and this file is not one.', 'Check that you chose the right file and that the download finished.']),
  'io.error.gpkgNotGeoPackage': fileError(
    ['Filen är en SQLite-databas men ingen GeoPackage (tabellerna gpkg_contents och gpkg_geometry_columns saknas).', 'Spara lagret som GeoPackage i QGIS eller ditt GIS och försök igen.'],
    ['The file is an SQLite database but not a GeoPackage (the tables gpkg_contents and gpkg_geometry_columns are missing).', 'Save the layer as a GeoPackage in QGIS or your GIS and try again.']),
  'io.error.gpkgNoGeometry': fileError(
    ['GeoPackage-filen har ingen tabell med en geometrikolumn (bara attributtabeller, rasterdata eller inget alls).', 'Exportera ett lager med geometrier (punkter, linjer eller ytor).'],
    ['The GeoPackage has no table with a geometry column (only attribute tables, raster data or nothing).', 'Export a layer with geometries (points, lines or polygons).']),
  'io.error.gpkgNoLayer': fileError(['GeoPackage-filen har inget lager som heter "{layer}". Lagren är: {layers}.', 'Välj ett av lagren.'],
    ['The GeoPackage has no layer named "{layer}". Its layers are: {layers}.', 'Choose one of the layers.']),
  'io.error.gpkgUnknownSrs': fileError(
    ['Lagret {layer} använder koordinatsystem nummer {srsId}, som inte beskrivs i filen (gpkg_spatial_ref_sys).', 'Exportera lagret igen i SWEREF 99 TM eller WGS 84.'],
    ['The layer {layer} uses coordinate system number {srsId}, which the file does not describe (gpkg_spatial_ref_sys).', 'Export the layer again in SWEREF 99 TM or WGS 84.']),
  'io.error.gpkgCorrupt': fileError(['GeoPackage-filen är skadad (SQLite säger att databasen är trasig).', 'Ladda ner eller exportera filen igen.'],
    ['The GeoPackage is damaged (SQLite reports the database as malformed).', 'Download or export the file again.']),
  'io.error.gpkgTooManyRows': fileError(
    ['Lagret {layer} har fler än {max} rader, fler än Platsen kan läsa på en gång.', 'Välj ut området du behöver (till exempel din kommun) i ditt GIS och exportera bara det.'],
    ['The layer {layer} has more than {max} rows, more than Platsen can read at once.', 'Select the part you need (your municipality, for example) in your GIS and export only that.']),
  'io.error.csvNoRows': fileError(['CSV-filen har ingen rad med data under rubrikraden.', 'Kontrollera att du valde rätt fil.'],
    ['The CSV file has no data row under its header row.', 'Check that you chose the right file.']),
  'io.error.csvNoCoordinates': fileError(
    ['Ingen koordinatkolumn hittades bland kolumnerna {columns}.', 'Döp kolumnerna till lat och lon (eller N och E för SWEREF 99) och försök igen.'],
    ['No coordinate columns were found among the columns {columns}.', 'Name the columns lat and lon (or N and E for SWEREF 99) and try again.']),
  'io.error.zipCorrupt': fileError(['Zip-filen är trasig och kunde inte packas upp.', 'Packa filerna på nytt.'],
    ['The zip file is damaged and could not be unpacked.', 'Zip the files again.']),
  'io.error.zipNoShp': fileError(['Zip-filen innehåller ingen .shp-fil och ingen KML-fil.', 'Lägg shapefilens alla delar (.shp, .shx, .dbf, .prj) i zip-filen, eller spara en KMZ från Google Earth igen.'],
    ['The zip file contains no .shp file and no KML file.', 'Put all parts of the shapefile (.shp, .shx, .dbf, .prj) in the zip file, or save a KMZ from Google Earth again.']),
  'io.error.shpCorrupt': fileError(['Shapefilen {layer} är trasig eller ofullständig.', 'Exportera den igen.'],
    ['The shapefile {layer} is damaged or incomplete.', 'Export it again.']),
  'io.error.crsUnsupported': fileError(
    ['Koordinatsystemet "{name}" stöds inte.', 'Exportera i SWEREF 99 TM, en SWEREF 99-zon, RT90 2.5 gon V eller WGS 84.'],
    ['The coordinate system "{name}" is not supported.', 'Export in SWEREF 99 TM, a SWEREF 99 zone, RT90 2.5 gon V or WGS 84.']),
  'io.error.crsLocal': fileError(
    ['Koordinatsystemet "{name}" är ett lokalt system (till exempel en ritning) utan plats på jorden.', 'Exportera i SWEREF 99 TM, en SWEREF 99-zon eller WGS 84.'],
    ['The coordinate system "{name}" is a local system (a drawing, for example) with no place on Earth.', 'Export in SWEREF 99 TM, a SWEREF 99 zone or WGS 84.']),
  'io.error.crsNoDatumShift': fileError(
    ['Koordinatsystemet "{name}" bygger på en annan jordmodell ({ellipsoid}) än WGS 84, och filen anger inte hur den räknas om: objekten skulle hamna tiotals till hundratals meter fel.', 'Exportera i SWEREF 99 TM, en SWEREF 99-zon eller WGS 84.'],
    ['The coordinate system "{name}" is based on another earth model ({ellipsoid}) than WGS 84, and the file does not say how to convert it: features would land tens to hundreds of metres off.', 'Export in SWEREF 99 TM, a SWEREF 99 zone or WGS 84.']),
  'io.error.prjUnreadable': fileError(['.prj-filen beskriver inget koordinatsystem som går att läsa.', 'Exportera shapefilen igen, eller ta bort .prj och välj system själv.'],
    ['The .prj file describes no readable coordinate system.', 'Export the shapefile again, or remove the .prj and choose the system yourself.']),
  'io.error.crsUnknown': fileError(
    ['Koordinaterna (till exempel {x}, {y}) passar inget koordinatsystem som stöds.', 'Ange systemet (till exempel EPSG:3006) eller exportera i WGS 84.'],
    ['The coordinates (for example {x}, {y}) fit no supported coordinate system.', 'State the system (for example EPSG:3006) or export in WGS 84.']),
  'io.error.crsAmbiguous': fileError(
    ['Koordinaterna passar flera koordinatsystem: {candidates}.', 'Välj det system som filen exporterades i (kommunens lokala SWEREF 99-zon).'],
    ['The coordinates fit several coordinate systems: {candidates}.', 'Choose the system the file was exported in (the municipality\'s local SWEREF 99 zone).']),
  'io.error.noFeatures': fileError(['Filen innehåller inga objekt.', 'Kontrollera att exporten tog med objekten.'],
    ['The file contains no features.', 'Check that the export included the features.']),
  'io.error.unreadable': fileError(['{name} kunde inte läsas.', 'Kontrollera filen eller exportera den igen.'],
    ['{name} could not be read.', 'Check the file or export it again.']),
  'io.cancelled': { sv: 'Importen avbröts. Inget importerades.', en: 'The import was cancelled. Nothing was imported.' },

  'io.problem.notFeature': { sv: 'är inget GeoJSON-objekt (Feature) utan {found}', en: 'is not a GeoJSON Feature but {found}' },
  'io.problem.noGeometry': { sv: 'saknar geometri', en: 'has no geometry' },
  'io.problem.badGeometry': { sv: 'har en trasig geometri ({value})', en: 'has a broken geometry ({value})' },
  'io.problem.geometryCollection': {
    sv: 'är en GeometryCollection, som inte kan importeras: dela upp den i separata objekt',
    en: 'is a GeometryCollection, which cannot be imported: split it into separate features',
  },
  'io.problem.unknownGeometryType': { sv: 'har okänd geometrityp "{type}"', en: 'has the unknown geometry type "{type}"' },
  'io.problem.badPosition': { sv: 'har en position som inte är ett koordinatpar: {value}', en: 'has a position that is not a coordinate pair: {value}' },
  'io.problem.coordinateNotNumber': { sv: 'har en koordinat som inte är ett tal: "{value}"', en: 'has a coordinate that is not a number: "{value}"' },
  'io.problem.notFinite': { sv: 'har en oändlig koordinat: {value}', en: 'has an infinite coordinate: {value}' },
  'io.problem.outsideCrs': { sv: 'har en position ({x}, {y}) utanför koordinatsystemet', en: 'has a position ({x}, {y}) outside the coordinate system' },
  'io.problem.lonOutOfRange': { sv: 'har longitud {value}, utanför −180 till 180', en: 'has longitude {value}, outside −180 to 180' },
  'io.problem.latOutOfRange': { sv: 'har latitud {value}, utanför −90 till 90', en: 'has latitude {value}, outside −90 to 90' },
  'io.problem.badCoordinates': { sv: 'har koordinater som inte är en lista: {value}', en: 'has coordinates that are not a list: {value}' },
  'io.problem.emptyGeometry': { sv: 'har en tom geometri', en: 'has an empty geometry' },
  'io.problem.badWkb': { sv: 'har en geometri som inte går att läsa (skadad eller en kurvtyp som inte stöds)', en: 'has a geometry that cannot be read (damaged, or a curve type that is not supported)' },
  'io.problem.tooFewPositions': {
    sv: 'har {count, plural, one {# position} other {# positioner}} men behöver minst {min}',
    en: 'has {count, plural, one {# position} other {# positions}} but needs at least {min}',
  },
  'io.problem.ringTooShort': {
    sv: 'har en polygonring med bara {count, plural, one {# position} other {# positioner}} (minst 4, där den sista är lika med den första)',
    en: 'has a polygon ring of only {count, plural, one {# position} other {# positions}} (at least 4, the last equal to the first)',
  },
  'io.problem.zeroArea': { sv: 'har en polygon utan yta', en: 'has a polygon with no area' },
  'io.problem.selfIntersection': {
    sv: 'har en polygon som korsar sig själv vid {lat}, {lon}: rätta den i ditt GIS-program',
    en: 'has a polygon that crosses itself at {lat}, {lon}: fix it in your GIS',
  },

  'io.note.dropped3d': { sv: 'höjdvärden togs bort (kartan är tvådimensionell)', en: 'heights were removed (the map is two-dimensional)' },
  'io.note.ringClosed': { sv: 'en öppen polygonring stängdes', en: 'an open polygon ring was closed' },
  'io.note.rewound': { sv: 'polygonringarnas riktning rättades', en: 'the direction of the polygon rings was corrected' },
  'io.note.propertiesDropped': { sv: 'egenskaperna var inget objekt ({found}) och togs bort', en: 'the properties were not an object ({found}) and were removed' },
  'io.note.propertyTruncated': { sv: 'egenskapen "{name}" ({sizeKb} kB) kortades till 100 kB', en: 'the property "{name}" ({sizeKb} kB) was cut to 100 kB' },
  'io.note.propertyDropped': { sv: 'egenskapen "{name}" var större än 100 kB och togs bort', en: 'the property "{name}" was over 100 kB and was removed' },
  'io.note.idDropped': { sv: 'id av typen {found} togs bort', en: 'an id of type {found} was removed' },
  'io.note.duplicateId': { sv: 'id "{id}" finns redan i filen och togs bort här', en: 'the id "{id}" is already used in the file and was removed here' },
  'io.note.otherLayersSkipped': {
    sv: 'Zip-filen har flera lager: {used} lästes, {skipped} hoppades över. Importera dem var för sig.',
    en: 'The zip file has several layers: {used} was read, {skipped} was skipped. Import them one at a time.',
  },
  'io.note.encodingWindows1252': {
    sv: 'Filen är inte UTF-8 och lästes som Windows-1252. Kontrollera å, ä och ö.',
    en: 'The file is not UTF-8 and was read as Windows-1252. Check the accented letters.',
  },
  'io.note.largeFile': {
    sv: 'Filen är stor ({sizeMb} MB): importen kan ta en stund och kartan kan bli långsam.',
    en: 'The file is large ({sizeMb} MB): the import may take a while and the map may be slow.',
  },
  'io.note.axesSwapped': {
    sv: 'Koordinaterna stod i ordningen nord, öst och lästes i den ordningen.',
    en: 'The coordinates were in northing, easting order and were read in that order.',
  },

  'cli.validate.usage': {
    sv: 'platsen validate FIL [--crs EPSG:3006] [--swap] [--layer LAGER] [--all]',
    en: 'platsen validate FILE [--crs EPSG:3006] [--swap] [--layer LAYER] [--all]',
  },
  'cli.validate.summary': {
    sv: 'kontrollerar en GeoJSON-, GeoPackage-, KML-, KMZ-, GPX-, CSV- eller zippad shapefil och visar format, koordinatsystem och problem (slutkod 1 om något objekt inte kan importeras); --layer väljer ett av en GeoPackages lager',
    en: 'checks a GeoJSON, GeoPackage, KML, KMZ, GPX, CSV or zipped shapefile and shows format, coordinate system and problems (exit code 1 if any feature cannot be imported); --layer chooses one of a GeoPackage\'s layers',
  },
  'cli.convert.usage': {
    sv: 'platsen convert FIL --out UT.geojson [--crs EPSG:3006] [--swap] [--layer LAGER]',
    en: 'platsen convert FILE --out OUT.geojson [--crs EPSG:3006] [--swap] [--layer LAYER]',
  },
  'cli.convert.summary': {
    sv: 'skriver filens giltiga objekt som GeoJSON i WGS 84; --crs bekräftar eller ersätter koordinatsystemet, --swap byter plats på latitud och longitud',
    en: 'writes the file\'s valid features as GeoJSON in WGS 84; --crs confirms or overrides the coordinate system, --swap swaps latitude and longitude',
  },
  'cli.io.file': { sv: 'Fil: {name}', en: 'File: {name}' },
  'cli.io.format': { sv: 'Format: {format}', en: 'Format: {format}' },
  'cli.io.layers': { sv: 'Lager: {layer} lästes (filen har {layers}; välj med --layer)', en: 'Layer: {layer} was read (the file has {layers}; choose with --layer)' },
  'cli.io.crs': { sv: 'Koordinatsystem: {crs} ({how})', en: 'Coordinate system: {crs} ({how})' },
  'cli.io.guessWarning': {
    sv: 'Varning: koordinatsystemet är gissat. Bekräfta med --crs {code} om det stämmer.',
    en: 'Warning: the coordinate system is a guess. Confirm with --crs {code} if it is right.',
  },
  'cli.io.counts': {
    sv: 'Objekt: {total} i filen, {valid} kan importeras, {invalid} kan inte importeras, {notes, plural, one {# anmärkning} other {# anmärkningar}}.',
    en: 'Features: {total} in the file, {valid} can be imported, {invalid} cannot be imported, {notes, plural, one {# note} other {# notes}}.',
  },
  'cli.io.problemsTitle': { sv: 'Problem:', en: 'Problems:' },
  'cli.io.featureError': { sv: '  Fel: objekt {n} {message}', en: '  Error: feature {n} {message}' },
  'cli.io.featureNote': { sv: '  Anmärkning: objekt {n}: {message}', en: '  Note: feature {n}: {message}' },
  'cli.io.fileNote': { sv: '  Anmärkning: {message}', en: '  Note: {message}' },
  'cli.io.moreProblems': { sv: '  … och {n} till (visa alla med --all).', en: '  … and {n} more (show all with --all).' },
  'cli.io.valid': { sv: 'Alla objekt kan importeras.', en: 'Every feature can be imported.' },
  'cli.io.invalid': {
    sv: 'Inte alla objekt kan importeras: rätta felen ovan, eller importera bara de giltiga.',
    en: 'Not every feature can be imported: fix the errors above, or import only the valid ones.',
  },
  'cli.io.noneValid': {
    sv: 'Inget objekt kan importeras. Ingen fil har skrivits.',
    en: 'No feature can be imported. No file was written.',
  },
  'cli.io.written': {
    sv: 'Skrev {n, plural, one {# objekt} other {# objekt}} i WGS 84 till {file}. {skipped, plural, one {# objekt} other {# objekt}} hoppades över.',
    en: 'Wrote {n, plural, one {# feature} other {# features}} in WGS 84 to {file}. {skipped, plural, one {# feature was skipped.} other {# features were skipped.}}',
  },
  'cli.io.badCrs': { sv: '--crs ska vara en EPSG-kod, till exempel EPSG:3006', en: '--crs must be an EPSG code, for example EPSG:3006' },
} as const;

registerStrings(ioStrings);
