// SQLite in WebAssembly for reading GeoPackages in the import worker. This module is imported only
// when a GeoPackage is opened, so its ~300 KB (gzip) of WebAssembly is a separate chunk that other
// imports never load; the .wasm is served from the app's own folder (no CDN).
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';

let engine: Promise<SqlJsStatic> | null = null;

export function openSqlite(): Promise<SqlJsStatic> {
  engine ??= initSqlJs({ locateFile: () => wasmUrl });
  return engine;
}
