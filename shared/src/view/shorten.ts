/**
 * Long names in a picture: cut in the middle, where names differ least (`arn:aws:iam::1234…task-role`
 * keeps the account's start and the role's name), so a node stays a readable width. The full
 * name stays in the hover card. Counts code points, never splits a surrogate pair.
 */

/** the longest label a node shows before it is shortened (characters) */
export const MAX_SHOWN_LABEL = 48;

export function shortenMiddle(text: string, max = MAX_SHOWN_LABEL): string {
  const chars = Array.from(text);
  if (chars.length <= max || max < 5) return chars.length <= max ? text : chars.slice(0, Math.max(1, max - 1)).join('') + '…';
  const keep = max - 1;
  // a little more of the end: it holds the name after the last `/` or `:`
  const head = Math.floor(keep / 2);
  return chars.slice(0, head).join('') + '…' + chars.slice(chars.length - (keep - head)).join('');
}
