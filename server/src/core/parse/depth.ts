/**
 * Bracket nesting depth, scanned without recursion. Both parsers recurse per level, so a
 * 100,000-deep `[[[[…` would overflow the stack; we refuse such input before parsing it.
 */
export const MAX_NESTING = 512;

export function exceedsNesting(text: string, limit = MAX_NESTING): number | undefined {
  let depth = 0;
  let quote = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote) {
      if (c === 92 /* \ */ && quote === 34) i++;
      else if (c === quote) quote = 0;
      else if (c === 10) quote = 0; // an unterminated string ends at the line for this estimate
      continue;
    }
    if (c === 34 /* " */) quote = 34;
    else if (c === 123 || c === 91) { if (++depth > limit) return i; }
    else if (c === 125 || c === 93) { if (depth > 0) depth--; }
  }
  return undefined;
}
