// Writers for the binary files GIS tools hand over, so tests can build them from known data instead
// of trusting files of unknown origin: zip (PKWARE APPNOTE: deflate, UTF-8 names, no ZIP64), dBase III
// and ESRI shapefiles (ESRI Shapefile Technical Description, 1998) with points or polygons.
// Used by the tests and by test/fixtures/make-fixtures.mjs.
import { crc32, deflateRawSync } from 'node:zlib';

export function zip(entries: Array<[name: string, data: Uint8Array]>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const body = deflateRawSync(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0x6000, 10); // 12:00
    local.writeUInt16LE(((2026 - 1980) << 9) | (1 << 5) | 15, 12);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    local.copy(central, 6, 4, 30); // version needed … name length: same fields as the local header
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, body);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** dBase III with text columns; `encode` turns a string into the file's bytes. */
export function dbf(columns: string[], rows: Array<Record<string, string>>, encode: (s: string) => Buffer): Buffer {
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => encode(r[c] ?? '').length)));
  const headerLength = 32 + 32 * columns.length + 1;
  const recordLength = 1 + widths.reduce((a, b) => a + b, 0);
  const h = Buffer.alloc(headerLength);
  h.writeUInt8(0x03, 0);
  h.writeUInt8(126, 1);
  h.writeUInt8(1, 2);
  h.writeUInt8(15, 3);
  h.writeUInt32LE(rows.length, 4);
  h.writeUInt16LE(headerLength, 8);
  h.writeUInt16LE(recordLength, 10);
  columns.forEach((c, i) => {
    const at = 32 + 32 * i;
    h.write(c.slice(0, 10), at, 'latin1');
    h.write('C', at + 11, 'latin1');
    h.writeUInt8(widths[i]!, at + 16);
  });
  h.writeUInt8(0x0d, headerLength - 1);
  const body = rows.map((r) => {
    const rec = Buffer.alloc(recordLength, 0x20);
    let at = 1;
    columns.forEach((c, i) => {
      encode(r[c] ?? '').copy(rec, at);
      at += widths[i]!;
    });
    return rec;
  });
  return Buffer.concat([h, ...body, Buffer.from([0x1a])]);
}

type XY = [number, number] | number[];

/** [minX, minY, maxX, maxY] without spreading (a city's polygons hold more points than a call's arguments may). */
function bounds(points: XY[]): number[] {
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) {
    box[0] = Math.min(box[0]!, p[0]!);
    box[1] = Math.min(box[1]!, p[1]!);
    box[2] = Math.max(box[2]!, p[0]!);
    box[3] = Math.max(box[3]!, p[1]!);
  }
  return box;
}
/** A point, or a polygon as rings (one or more polygons' rings in one list: the shapefile way). */
export type ShapeRecord = { point: XY } | { rings: XY[][] };

function content(record: ShapeRecord): Buffer {
  if ('point' in record) {
    const c = Buffer.alloc(20);
    c.writeInt32LE(1, 0);
    c.writeDoubleLE(record.point[0]!, 4);
    c.writeDoubleLE(record.point[1]!, 12);
    return c;
  }
  const points = record.rings.flat();
  const c = Buffer.alloc(44 + 4 * record.rings.length + 16 * points.length);
  c.writeInt32LE(5, 0);
  bounds(points).forEach((v, i) => c.writeDoubleLE(v, 4 + 8 * i));
  c.writeInt32LE(record.rings.length, 36);
  c.writeInt32LE(points.length, 40);
  let start = 0;
  record.rings.forEach((ring, i) => {
    c.writeInt32LE(start, 44 + 4 * i);
    start += ring.length;
  });
  const at = 44 + 4 * record.rings.length;
  points.forEach((p, i) => {
    c.writeDoubleLE(p[0]!, at + 16 * i);
    c.writeDoubleLE(p[1]!, at + 16 * i + 8);
  });
  return c;
}

/** .shp and .shx for records of one type (1 point, 5 polygon). Polygon rings must be wound the ESRI way (outer clockwise). */
export function shapefile(records: ShapeRecord[]): { shp: Buffer; shx: Buffer } {
  const contents = records.map(content);
  const type = records.length && 'rings' in records[0]! ? 5 : 1;
  const all = records.flatMap((r) => ('point' in r ? [r.point] : r.rings.flat()));
  const header = (lengthBytes: number) => {
    const h = Buffer.alloc(100);
    h.writeInt32BE(9994, 0);
    h.writeInt32BE(lengthBytes / 2, 24);
    h.writeInt32LE(1000, 28);
    h.writeInt32LE(type, 32);
    bounds(all).forEach((v, i) => h.writeDoubleLE(v, 36 + 8 * i));
    return h;
  };
  let offset = 100;
  const shpRecords: Buffer[] = [];
  const shxRecords: Buffer[] = [];
  contents.forEach((c, i) => {
    const head = Buffer.alloc(8);
    head.writeInt32BE(i + 1, 0);
    head.writeInt32BE(c.length / 2, 4);
    shpRecords.push(head, c);
    const index = Buffer.alloc(8);
    index.writeInt32BE(offset / 2, 0);
    index.writeInt32BE(c.length / 2, 4);
    shxRecords.push(index);
    offset += 8 + c.length;
  });
  return {
    shp: Buffer.concat([header(offset), ...shpRecords]),
    shx: Buffer.concat([header(100 + 8 * records.length), ...shxRecords]),
  };
}
