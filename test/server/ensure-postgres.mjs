#!/usr/bin/env node
// The server tests run on a throwaway PostgreSQL cluster with PostGIS (test/server/global-setup.ts).
// `npm test` runs this first so the README's test command works on a fresh machine: when
// PostgreSQL or PostGIS is missing and we are root, install Debian's packages; otherwise say what
// to do. (The cluster Debian creates on install is left alone: the tests start their own.)
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const root = '/usr/lib/postgresql';
const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(`${root}/${v}/bin/initdb`)) : [];
const withPostgis = versions.filter((v) => existsSync(`/usr/share/postgresql/${v}/extension/postgis.control`));
if (process.env.PLATSEN_PG_BIN || withPostgis.length > 0) process.exit(0);

const packages = ['postgresql', 'postgresql-15-postgis-3'];
if (process.getuid?.() !== 0) {
  console.error(`PostgreSQL with PostGIS not found. Install it (Debian: sudo apt-get install -y --no-install-recommends ${packages.join(' ')}) or set PLATSEN_PG_BIN to its bin folder.`);
  process.exit(1);
}
console.log('PostgreSQL with PostGIS not found: installing Debian\'s packages …');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
