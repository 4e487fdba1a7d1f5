/**
 * EventBridge event patterns (`EventPattern` of an `AWS::Events::Rule`): a JSON object whose
 * leaves are arrays of values or content filters. Returns the problems with the path of each, so
 * a rule can point at the node. Only what EventBridge refuses is reported.
 */
import { isObj } from '../../value';

export interface PatternProblem {
  path: (string | number)[];
  message: string;
  /** the problem is the key (an unknown operator), not its value */
  onKey?: boolean;
}

/** the content-filter operators EventBridge knows (as of 2026-12) */
const OPERATORS = new Set(['prefix', 'suffix', 'anything-but', 'numeric', 'exists', 'equals-ignore-case', 'wildcard', 'cidr']);
const NUMERIC_OPS = new Set(['<', '<=', '=', '>', '>=']);

export function patternProblems(pattern: unknown): PatternProblem[] {
  const out: PatternProblem[] = [];
  if (!isObj(pattern)) {
    out.push({ path: [], message: 'An event pattern is an object of fields whose values are arrays (e.g. "source": ["aws.s3"]).' });
    return out;
  }
  if (!Object.keys(pattern).length)
    out.push({ path: [], message: 'An empty event pattern matches nothing; name at least one field such as "source".' });
  walk(pattern, [], out, 0);
  return out;
}

function walk(obj: Record<string, unknown>, path: (string | number)[], out: PatternProblem[], depth: number): void {
  if (depth > 50) return;
  for (const [key, v] of Object.entries(obj)) {
    const here = [...path, key];
    if (key === '$or') {
      if (!Array.isArray(v) || v.length < 2 || !v.every(isObj))
        out.push({ path: here, message: '"$or" takes an array of two or more patterns (objects).' });
      else v.forEach((p, i) => walk(p as Record<string, unknown>, [...here, i], out, depth + 1));
    } else if (isObj(v)) walk(v, here, out, depth + 1);
    else if (Array.isArray(v)) {
      if (!v.length) out.push({ path: here, message: `"${key}" has an empty array, which matches nothing: list at least one value.` });
      v.forEach((item, i) => {
        if (isObj(item)) filterProblem(item, [...here, i], out);
        else if (Array.isArray(item))
          out.push({
            path: [...here, i],
            message: 'Values in a pattern are strings, numbers, booleans, null or a filter object, not arrays.',
          });
      });
    } else out.push({ path: here, message: `"${key}" must be an array of values, e.g. [${JSON.stringify(v ?? null)}].` });
  }
}

function filterProblem(f: Record<string, unknown>, path: (string | number)[], out: PatternProblem[]): void {
  const keys = Object.keys(f);
  if (keys.length !== 1) {
    out.push({ path, message: 'A content filter is an object with one operator, e.g. {"prefix": "uploads/"}.' });
    return;
  }
  const [op] = keys;
  const v = f[op];
  const at = [...path, op];
  if (!OPERATORS.has(op)) {
    out.push({ path: at, onKey: true, message: `"${op}" is not an event pattern operator (${[...OPERATORS].join(', ')}).` });
    return;
  }
  if (op === 'exists' && typeof v !== 'boolean') out.push({ path: at, message: '"exists" takes true or false.' });
  if ((op === 'prefix' || op === 'suffix') && typeof v !== 'string' && !(isObj(v) && typeof v['equals-ignore-case'] === 'string'))
    out.push({ path: at, message: `"${op}" takes a string (or {"equals-ignore-case": "…"}).` });
  if ((op === 'wildcard' || op === 'equals-ignore-case' || op === 'cidr') && typeof v !== 'string')
    out.push({ path: at, message: `"${op}" takes a string.` });
  if (op === 'numeric') {
    const ok =
      Array.isArray(v) &&
      v.length > 0 &&
      v.length % 2 === 0 &&
      v.every((x, i) => (i % 2 ? typeof x === 'number' : typeof x === 'string' && NUMERIC_OPS.has(x)));
    if (!ok) out.push({ path: at, message: '"numeric" takes pairs of a comparison and a number, e.g. [">", 0, "<=", 5].' });
  }
}
