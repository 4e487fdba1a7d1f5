/** The candidate nearest to a misspelling (edit distance ≤ a third of its length), for "did you mean". */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const limit = Math.max(1, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestD = limit + 1;
  const lw = word.toLowerCase();
  for (const c of candidates) {
    if (c === word) continue;
    const d = c.toLowerCase() === lw ? 0 : distance(lw, c.toLowerCase(), bestD);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

/**
 * Optimal-string-alignment distance (edits and adjacent swaps), stopping early once over `cap`.
 * Three rows reused from call to call: a missing name is compared with every name of its kind
 * (thousands in a big manifest), and two new arrays per row were most of what that cost.
 */
function distance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  const width = b.length + 1;
  if (rows.length < 3 * width) rows = new Int32Array(6 * width);
  // rows: prev2 at r2, prev at r1, cur at r0 (rotated by offsets, never copied)
  let r2 = 0;
  let r1 = width;
  let r0 = 2 * width;
  for (let j = 0; j < width; j++) rows[r1 + j] = j;
  for (let i = 1; i <= a.length; i++) {
    rows[r0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(rows[r1 + j] + 1, rows[r0 + j - 1] + 1, rows[r1 + j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[r2 + j - 2] + 1);
      rows[r0 + j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin >= cap) return cap;
    const t = r2;
    r2 = r1;
    r1 = r0;
    r0 = t;
  }
  return rows[r1 + b.length];
}

let rows = new Int32Array(3 * 64);
