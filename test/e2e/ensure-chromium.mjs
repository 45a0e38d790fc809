#!/usr/bin/env node
// The end-to-end tests drive Debian's Chromium (browser downloads are blocked on our machines).
// `npm test` runs this first so the README's test command works on a fresh machine: when no
// Chromium is found and we are root, install the distribution's package; otherwise say what to do.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
if (candidates.some((p) => existsSync(p))) process.exit(0);

if (process.getuid?.() !== 0) {
  console.error('Chromium not found. Install it (Debian: sudo apt-get install -y chromium) or set CHROMIUM_PATH.');
  process.exit(1);
}
console.log('Chromium not found: installing Debian\'s chromium package …');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env });
