/**
 * EventBridge rule and EventBridge Scheduler schedule expressions: `rate(5 minutes)`,
 * `cron(0 12 * * ? *)` (six fields, one of day-of-month and day-of-week a `?`) and, for Scheduler
 * only, `at(2027-01-31T09:00:00)`. Returns what is wrong, in words, or undefined.
 *
 * Not shared with the CronJob parser (k8s/validation/cron.ts): EventBridge's cron has a sixth
 * field (year), `?`, `L`, `W` and `#`, day-of-week 1-7 (SUN-SAT), and no `@hourly` descriptors.
 */
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

interface Field {
  label: string;
  min: number;
  max: number;
  names?: string[];
}
const FIELDS: Field[] = [
  { label: 'minutes', min: 0, max: 59 },
  { label: 'hours', min: 0, max: 23 },
  { label: 'day-of-month', min: 1, max: 31 },
  { label: 'month', min: 1, max: 12, names: MONTHS },
  { label: 'day-of-week', min: 1, max: 7, names: DAYS },
  { label: 'year', min: 1970, max: 2199 },
];

export type ScheduleFlavour = 'events' | 'scheduler';

export function scheduleProblem(expr: string, flavour: ScheduleFlavour): string | undefined {
  const s = expr.trim();
  const m = /^(rate|cron|at)\((.*)\)$/s.exec(s);
  if (!m) return flavour === 'scheduler' ? 'must be rate(…), cron(…) or at(…)' : 'must be rate(…) or cron(…)';
  if (m[1] === 'rate') return rateProblem(m[2].trim());
  if (m[1] === 'cron') return cronProblem(m[2].trim());
  if (flavour !== 'scheduler') return 'uses at(…), which only EventBridge Scheduler schedules take; a rule takes rate(…) or cron(…)';
  return atProblem(m[2].trim());
}

function rateProblem(body: string): string | undefined {
  const m = /^(\S+)\s+(\S+)$/.exec(body);
  if (!m) return 'must be rate(VALUE UNIT), e.g. rate(5 minutes)';
  if (!/^\d+$/.test(m[1]) || Number(m[1]) < 1) return `has the value "${m[1]}"; a rate takes a whole number of 1 or more`;
  const n = Number(m[1]);
  const unit = m[2];
  const base = /^(minute|hour|day)s?$/.exec(unit);
  if (!base) return `has the unit "${unit}"; use minute(s), hour(s) or day(s)`;
  if (n === 1 && unit !== base[1]) return `must say "rate(1 ${base[1]})": the unit is singular for 1`;
  if (n > 1 && unit === base[1]) return `must say "rate(${n} ${base[1]}s)": the unit is plural for values above 1`;
  return undefined;
}

function cronProblem(body: string): string | undefined {
  const fields = body.split(/\s+/);
  if (fields.length !== 6) return `has ${fields.length} fields; cron(…) takes 6 (minutes hours day-of-month month day-of-week year)`;
  for (let i = 0; i < 6; i++) {
    const p = fieldProblem(fields[i], FIELDS[i], i);
    if (p) return p;
  }
  const dom = fields[2];
  const dow = fields[4];
  if (dom !== '?' && dow !== '?') return 'sets both day-of-month and day-of-week; one of them must be "?"';
  if (dom === '?' && dow === '?') return 'has "?" in both day-of-month and day-of-week; only one of them may be "?"';
  return undefined;
}

function fieldProblem(text: string, f: Field, index: number): string | undefined {
  if (text === '?')
    return index === 2 || index === 4 ? undefined : `has "?" in the ${f.label} field; only day-of-month and day-of-week take it`;
  // special day forms
  if (index === 2 && /^(L|LW|([1-9]|[12]\d|3[01])W)$/.test(text)) return undefined;
  if (index === 4 && (/^([1-7]|SUN|MON|TUE|WED|THU|FRI|SAT)#[1-5]$/i.test(text) || /^([1-7]|SUN|MON|TUE|WED|THU|FRI|SAT)?L$/i.test(text)))
    return undefined;
  for (const part of text.split(',')) {
    const [range, step, extra] = part.split('/');
    if (extra !== undefined) return `has "${part}" in the ${f.label} field: only one "/" is allowed`;
    if (step !== undefined && (!/^\d+$/.test(step) || Number(step) === 0))
      return `has the step "${step}" in the ${f.label} field; a step is a whole number above 0`;
    if (range === '*') continue;
    const ends = range.split('-');
    if (ends.length > 2) return `has "${range}" in the ${f.label} field: a range is two values joined by "-"`;
    for (const e of ends) {
      if (value(e, f) === undefined)
        return `has "${e || range}" in the ${f.label} field, which takes ${f.min}-${f.max}${f.names ? ` or ${f.names[0]}-${f.names[f.names.length - 1]}` : ''}`;
    }
  }
  return undefined;
}

function value(text: string, f: Field): number | undefined {
  const named = f.names?.indexOf(text.toUpperCase()) ?? -1;
  const n = named >= 0 ? named + 1 : /^\d+$/.test(text) ? Number(text) : undefined;
  return n !== undefined && n >= f.min && n <= f.max ? n : undefined;
}

function atProblem(body: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/.exec(body);
  if (!m) return 'must be at(yyyy-mm-ddThh:mm:ss), e.g. at(2027-01-31T09:00:00)';
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || h > 23 || mi > 59 || s > 59)
    return `has "${body}", which is not a date and time`;
  return undefined;
}
