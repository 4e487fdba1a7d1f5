/** The files under a folder, sorted, at any depth: what the bench opens of a generated or real workspace. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function filesUnder(dir, pred = () => true, out = []) {
  for (const n of readdirSync(dir).sort()) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) filesUnder(p, pred, out);
    else if (pred(p)) out.push(p);
  }
  return out;
}
