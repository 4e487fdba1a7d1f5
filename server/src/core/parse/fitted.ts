/**
 * A node's children without spare room. V8 gives an array pushed to from `[]` room for sixteen
 * items at the first push; most maps and sequences of a manifest hold a few, and the tree lives as
 * long as its document: a big file's tree was a third spare slots (copied by every scavenge it
 * survived). A short list is copied to its exact length; a long one keeps at most half again.
 */
export function fitted<T>(items: T[]): T[] {
  return items.length < 16 ? items.slice() : items;
}
