/**
 * Three-valued answers for checks that read IAM policies: a rule reports only a definite `no`;
 * anything the checker cannot evaluate (an intrinsic it cannot resolve, an unknown managed
 * policy, a condition) is `unknown`, and rules stay silent on it.
 */
export type Tri = 'yes' | 'no' | 'unknown';

/** yes when any is yes; no when all are no; unknown otherwise */
export function anyOf(values: Iterable<Tri>): Tri {
  let out: Tri = 'no';
  for (const v of values) {
    if (v === 'yes') return 'yes';
    if (v === 'unknown') out = 'unknown';
  }
  return out;
}

/** `*` and `?` globs as IAM reads them (`ecs:*`, `arn:aws:ecs:*:*:task-definition/web:*`) */
export function globMatch(pattern: string, text: string, ignoreCase: boolean): boolean {
  const p = ignoreCase ? pattern.toLowerCase() : pattern;
  const t = ignoreCase ? text.toLowerCase() : text;
  // iterative matcher with backtracking to the last `*`: linear-ish, no regex built from user text
  let i = 0;
  let j = 0;
  let star = -1;
  let mark = 0;
  while (j < t.length) {
    if (i < p.length && (p[i] === '?' || p[i] === t[j])) {
      i++;
      j++;
    } else if (i < p.length && p[i] === '*') {
      star = i++;
      mark = j;
    } else if (star >= 0) {
      i = star + 1;
      j = ++mark;
    } else return false;
  }
  while (i < p.length && p[i] === '*') i++;
  return i === p.length;
}
