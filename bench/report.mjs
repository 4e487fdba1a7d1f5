/** Statistics and the printed tables: figures, budgets with pass/miss, ratios against the peer. */

/** Nearest-rank percentile of a sample list (p in 0..100). */
export function percentile(xs, p) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

export function summary(xs) {
  return { n: xs.length, p50: percentile(xs, 50), p95: percentile(xs, 95), min: Math.min(...xs), max: Math.max(...xs) };
}

export const fmtMs = (v) => (v === undefined || Number.isNaN(v) ? '—' : v >= 100 ? `${Math.round(v)} ms` : `${v.toFixed(1)} ms`);
export const fmtMB = (v) => (v === undefined || Number.isNaN(v) ? '—' : `${Math.round(v)} MB`);
export const fmtX = (v) => (v === undefined || !Number.isFinite(v) ? '—' : `${v.toFixed(2)}×`);

function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? '').length)));
  const line = (cells) => '| ' + cells.map((c, i) => String(c ?? '').padEnd(widths[i])).join(' | ') + ' |';
  return [line(headers), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...rows.map(line)].join('\n');
}

/**
 * budgets: [{ name, value, limit, unit: 'ms'|'MB'|'x', cmp: '<='|'>=', note }]; a missing value
 * prints "not measured" (and the note says why).
 */
export function budgetTable(budgets) {
  const rows = budgets.map((b) => {
    const show = b.unit === 'MB' ? fmtMB : b.unit === 'x' ? fmtX : fmtMs;
    const measured = b.value !== undefined && Number.isFinite(b.value);
    const ok = measured && (b.cmp === '>=' ? b.value >= b.limit : b.value <= b.limit);
    return [
      b.name,
      measured ? show(b.value) : (b.missingText ?? 'not measured'),
      `${b.cmp === '>=' ? '≥' : '≤'} ${show(b.limit)}`,
      measured ? (ok ? 'pass' : 'MISS') : '—',
      b.note ?? '',
    ];
  });
  return table(['budget', 'measured', 'limit', 'result', 'note'], rows);
}

/** rows: [{ name, ours, theirs, unit }]; ratio = ours / theirs (below 1 means we are faster/smaller). */
export function comparisonTable(rows) {
  return table(
    ['figure (same run)', 'ours', 'yaml-language-server', 'ours/theirs', 'theirs/ours'],
    rows.map((r) => {
      const show = r.unit === 'MB' ? fmtMB : fmtMs;
      const ratio = r.ours / r.theirs;
      return [r.name, show(r.ours), show(r.theirs), fmtX(ratio), fmtX(1 / ratio)];
    }),
  );
}

/** rows: [{ name, s: summary | number, unit }] */
export function figuresTable(rows) {
  return table(
    ['figure', 'p50', 'p95', 'n', 'max'],
    rows.map((r) => {
      const show = r.unit === 'MB' ? fmtMB : fmtMs;
      if (typeof r.s === 'number' || r.s === undefined) return [r.name, show(r.s), '', '1', ''];
      return [r.name, show(r.s.p50), show(r.s.p95), String(r.s.n), show(r.s.max)];
    }),
  );
}
