/**
 * The object a missing reference most likely meant, for "did you mean". Two measures:
 * - one name is the other plus or minus whole dash-separated words (`storefront` for
 *   `storefront-web`, `web` for `shop-web`): a forgotten or extra component, the commonest slip
 *   with Kubernetes names, which plain edit distance misses (that pair is 4 edits apart) unless
 *   its limit is so loose that unrelated short names (`web`, `api`: 3 edits) match too. Only
 *   used when exactly one name matches this way, and never for names of one or two characters;
 * - otherwise a typo: the nearest name within an edit distance of a third of the length
 *   (text/closest.ts).
 */
import { closest } from './closest';

export function nearName(name: string, candidates: Iterable<string>): string | undefined {
  const others = [...new Set(candidates)].filter((c) => c && c !== name);
  const affix = others.filter((c) => Math.min(c.length, name.length) >= 3 && wordAffix(name, c));
  if (affix.length === 1) return affix[0];
  if (affix.length > 1) return undefined; // several: no good guess
  return closest(name, others);
}

/** one is the other with dash-separated words added at the start or the end */
function wordAffix(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.startsWith(`${short}-`) || long.endsWith(`-${short}`);
}
