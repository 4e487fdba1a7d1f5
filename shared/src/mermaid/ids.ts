/**
 * Mermaid ids from stable keys: a prefix and a base-36 FNV-1a hash, so an id never carries user
 * text and stays the same as long as the key does (the webview keeps selection across redraws).
 */

export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** key → id; keys are taken in sorted order so a collision is always settled the same way */
export function assignIds(prefix: string, keys: string[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const key of [...new Set(keys)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    let id = prefix + fnv1a(key).toString(36);
    for (let salt = 1; used.has(id); salt++) id = prefix + fnv1a(`${key}#${salt}`).toString(36);
    used.add(id);
    out.set(key, id);
  }
  return out;
}
