/** "platsen-omraden-2026-11-27.geojson": safe on every file system, dated in the user's own time zone. */
export function datedFileName(stem: string, now: Date, suffix: string): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const safe = stem.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'platsen';
  return `${safe}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}${suffix}`;
}
