/**
 * How far V8 lets the heap grow before a full collection. Left to its defaults, V8 lets the old
 * generation grow to a few times what is live: fine for a short script, but an editor server
 * lives for hours, and its peak is what the machine pays for. Measured with `npm run bench`
 * (editor scenario): about 94 MB after start-up either way; while typing in the 10,000-line
 * manifest the peak went to 142 MB by default and to 113 MB with growth capped at 1.5×, at the
 * same latency.
 *
 * Set at run time, so it holds however the server is started (`node dist/server.js --stdio`
 * from another editor too); a V8 that lacks the flag only prints a warning. The young
 * generation's size cannot change once the heap exists: that flag is in nodeFlags.json, which
 * the VS Code client and the bench pass on the command line.
 */
import { setFlagsFromString } from 'node:v8';

/** the old generation may grow to 1.5× what the last full collection kept */
export const HEAP_GROWING_PERCENT = 50;

export function capHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
