/** Kubernetes minor versions as written by people and eksctl ("1.34", "1.34.2", 1.3 read by YAML as a number). */

/** `1.34`, `v1.34.2`, `"1.34"` → `1.34`; anything else → undefined */
export function parseMinor(v: unknown): string | undefined {
  const text = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : '';
  const m = /^v?(1)\.(\d{1,2})(?:\.\d+)?$/.exec(text);
  return m ? `${m[1]}.${Number(m[2])}` : undefined;
}

/** negative when a is older than b */
export function compareMinor(a: string, b: string): number {
  const [am, an] = a.split('.').map(Number);
  const [bm, bn] = b.split('.').map(Number);
  return am - bm || an - bn;
}
