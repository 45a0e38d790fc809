// SQLite in WebAssembly for GeoPackages on the command line (and in the Node tests): sql.js finds
// its own .wasm beside it in node_modules.
import initSqlJs, { type SqlJsStatic } from 'sql.js';

let engine: Promise<SqlJsStatic> | null = null;

export function openSqliteNode(): Promise<SqlJsStatic> {
  engine ??= initSqlJs();
  return engine;
}
