// Writes a PMTiles v3 archive (the spec: github.com/protomaps/PMTiles, spec/v3/spec.md) from tiles
// held in memory, for tests only. Written by hand because no maintained JavaScript package writes
// PMTiles (the `pmtiles` package only reads; the writers are Go, Python and Rust tools), and a test
// archive of a few hundred tiles needs only the simplest form: one root directory, no leaf
// directories, no compression of directories or tiles. The `pmtiles` reader checks what this writes
// (test/unit/streets-pmtiles.test.ts).
import { zxyToTileId } from 'pmtiles';

export interface Tile {
  z: number;
  x: number;
  y: number;
  data: Uint8Array;
}

export interface ArchiveInfo {
  bounds: [west: number, south: number, east: number, north: number];
  center: [lng: number, lat: number, zoom: number];
  /** JSON metadata (vector_layers, attribution …). */
  metadata: Record<string, unknown>;
}

const HEADER_BYTES = 127;
const NONE = 1; // compression: none
const MVT = 1; // tile type: Mapbox Vector Tile

function varints(values: number[]): number[] {
  const out: number[] = [];
  for (let v of values) {
    while (v >= 0x80) {
      out.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    out.push(v);
  }
  return out;
}

/** A directory: count, then tile-id deltas, run lengths, lengths and offsets, each as varints. */
function directory(entries: Array<{ tileId: number; offset: number; length: number }>): Uint8Array {
  let last = 0;
  const deltas = entries.map((e) => {
    const d = e.tileId - last;
    last = e.tileId;
    return d;
  });
  // An offset is stored plus one; 0 would mean "right after the previous tile".
  return new Uint8Array(varints([
    entries.length, ...deltas, ...entries.map(() => 1), ...entries.map((e) => e.length), ...entries.map((e) => e.offset + 1),
  ]));
}

export function writePmtiles(tiles: Tile[], info: ArchiveInfo): Uint8Array {
  const sorted = tiles.map((t) => ({ ...t, tileId: zxyToTileId(t.z, t.x, t.y) })).sort((a, b) => a.tileId - b.tileId);
  let offset = 0;
  const entries = sorted.map((t) => {
    const entry = { tileId: t.tileId, offset, length: t.data.length };
    offset += t.data.length;
    return entry;
  });
  const root = directory(entries);
  const metadata = new TextEncoder().encode(JSON.stringify(info.metadata));
  const tileData = offset;
  const rootAt = HEADER_BYTES;
  const metadataAt = rootAt + root.length;
  const tilesAt = metadataAt + metadata.length;

  const out = new Uint8Array(tilesAt + tileData);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode('PMTiles'), 0);
  view.setUint8(7, 3);
  const u64 = [rootAt, root.length, metadataAt, metadata.length, tilesAt, 0, tilesAt, tileData, tiles.length, tiles.length, tiles.length];
  // Leaf directories (none) sit at the start of the tile data with length 0.
  u64.forEach((value, i) => view.setBigUint64(8 + i * 8, BigInt(value), true));
  const zooms = tiles.map((t) => t.z);
  const e7 = (deg: number) => Math.round(deg * 1e7);
  view.setUint8(96, 1); // clustered: tiles are stored in tile-id order
  view.setUint8(97, NONE);
  view.setUint8(98, NONE);
  view.setUint8(99, MVT);
  view.setUint8(100, Math.min(...zooms));
  view.setUint8(101, Math.max(...zooms));
  const [west, south, east, north] = info.bounds;
  [west, south, east, north].forEach((deg, i) => view.setInt32(102 + i * 4, e7(deg), true));
  view.setUint8(118, info.center[2]);
  view.setInt32(119, e7(info.center[0]), true);
  view.setInt32(123, e7(info.center[1]), true);

  out.set(root, rootAt);
  out.set(metadata, metadataAt);
  for (const [i, t] of sorted.entries()) out.set(t.data, tilesAt + entries[i]!.offset);
  return out;
}
