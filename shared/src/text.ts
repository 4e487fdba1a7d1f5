/**
 * `String(v)` for values read from user files, minus the crash: a parsed object may carry its own
 * `toString` or `valueOf` key (`{"toString": false}`), and then String() throws. Same result as
 * String() for everything else.
 */
export function asText(v: unknown): string {
  try {
    return String(v);
  } catch {
    return Array.isArray(v) ? '[…]' : '{…}';
  }
}
