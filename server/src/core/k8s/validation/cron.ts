/**
 * CronJob schedules as the API server parses them (robfig/cron's standard parser): five fields
 * (minute hour day-of-month month day-of-week) or a descriptor (`@hourly`, `@every 90m`). Returns
 * what is wrong, or undefined.
 */
const DESCRIPTORS = new Set(['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly']);
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

interface Field {
  label: string;
  min: number;
  max: number;
  names?: string[];
  /** first value the names stand for */
  base?: number;
}
const FIELDS: Field[] = [
  { label: 'minute', min: 0, max: 59 },
  { label: 'hour', min: 0, max: 23 },
  { label: 'day of month', min: 1, max: 31 },
  { label: 'month', min: 1, max: 12, names: MONTHS, base: 1 },
  { label: 'day of week', min: 0, max: 6, names: DAYS, base: 0 },
];

export function cronProblem(schedule: string): string | undefined {
  let s = schedule.trim();
  // robfig/cron reads a leading TZ=/CRON_TZ= (the API server refuses it separately)
  const tz = /^(?:CRON_)?TZ=\S+\s+/.exec(s);
  if (tz) s = s.slice(tz[0].length);
  if (!s) return 'is empty';
  if (s.startsWith('@')) {
    if (DESCRIPTORS.has(s)) return undefined;
    const every = /^@every\s+(.+)$/.exec(s);
    if (every)
      return /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/.test(every[1].trim()) ? undefined : `has an unreadable duration "${every[1].trim()}"`;
    return `uses an unknown descriptor "${s}"`;
  }
  const fields = s.split(/\s+/);
  if (fields.length !== 5) return `has ${fields.length} fields; a schedule has 5 (minute hour day-of-month month day-of-week)`;
  for (let i = 0; i < 5; i++) {
    const p = fieldProblem(fields[i], FIELDS[i]);
    if (p) return p;
  }
  return undefined;
}

function fieldProblem(text: string, f: Field): string | undefined {
  for (const part of text.split(',')) {
    const [range, step, extra] = part.split('/');
    if (extra !== undefined) return `has "${part}" in the ${f.label} field: only one "/" is allowed`;
    if (step !== undefined && !/^\d+$/.test(step)) return `has a step "${step}" in the ${f.label} field that is not a number`;
    if (step !== undefined && Number(step) === 0) return `has a step of 0 in the ${f.label} field`;
    if (range === '*' || range === '?') continue;
    const ends = range.split('-');
    if (ends.length > 2) return `has "${range}" in the ${f.label} field: a range is two values joined by "-"`;
    const values: number[] = [];
    for (const e of ends) {
      const v = value(e, f);
      if (v === undefined)
        return `has "${e || range}" in the ${f.label} field, which takes ${f.min}-${f.max}${f.names ? ` or names (${f.names[0].toUpperCase()}…)` : ''}`;
      values.push(v);
    }
    if (values.length === 2 && values[0] > values[1]) return `has a backwards range "${range}" in the ${f.label} field`;
  }
  return undefined;
}

function value(text: string, f: Field): number | undefined {
  const named = f.names?.indexOf(text.toLowerCase()) ?? -1;
  const n = named >= 0 ? named + (f.base ?? 0) : /^\d+$/.test(text) ? Number(text) : undefined;
  return n !== undefined && n >= f.min && n <= f.max ? n : undefined;
}

/** A time zone name the API server's time zone database would know (checked against ICU, which ships with Node). */
export function timeZoneProblem(tz: string): string | undefined {
  if (!tz) return 'is empty';
  if (tz.toLowerCase() === 'local') return 'may not be "Local"; name a zone such as Etc/UTC';
  // Go's tz names: ASCII letters, digits, "-", "_", "+", "/" and "."; case matters
  if (!/^[A-Za-z0-9_+\-./]+$/.test(tz) || tz.startsWith('/') || tz.endsWith('/') || tz.includes('//')) return 'is not a time zone name';
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: tz }).resolvedOptions().timeZone;
    // ICU matches names case-insensitively; the API server does not
    if (resolved.toLowerCase() === tz.toLowerCase() && resolved !== tz && !/^(UTC|GMT|Etc\/)/i.test(tz)) return `is written "${resolved}"`;
    return undefined;
  } catch {
    return 'is not a time zone the cluster knows (use an IANA name such as Europe/Paris)';
  }
}
