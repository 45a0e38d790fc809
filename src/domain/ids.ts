// Stable, collision-free ids for records created on any device (crypto.randomUUID exists in
// every browser we support and in Node 20).
export function newId(prefix: string): string {
  return `${prefix}_${crypto.randomUUID()}`;
}

export function nowIso(): string {
  return new Date().toISOString();
}
