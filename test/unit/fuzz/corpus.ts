/** The fuzzing seeds: every JSON/YAML file in examples/ and test/fixtures/ (regressions aside), read once. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** the repo root: the nearest folder above this bundle holding the core (package.json may be mid-write by npm) */
export const ROOT = (() => {
  for (let dir = __dirname; ; dir = join(dir, '..')) {
    if (existsSync(join(dir, 'server', 'src', 'core', 'service.ts'))) return dir;
    if (join(dir, '..') === dir) throw new Error(`no repo root above ${__dirname}`);
  }
})();

export const REGRESSIONS = join(ROOT, 'test', 'fixtures', 'fuzz-regressions');

export interface Seed {
  name: string;
  uri: string;
  text: string;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const n of readdirSync(dir).sort()) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) {
      if (p !== REGRESSIONS) walk(p, out);
    } else if (/\.(json|ya?ml)$/.test(n)) out.push(p);
  }
  return out;
}

let cached: Seed[] | undefined;
export function corpus(): Seed[] {
  cached ??= [join(ROOT, 'examples'), join(ROOT, 'test', 'fixtures')]
    .flatMap((d) => walk(d))
    .map((p) => ({
      name: relative(ROOT, p).split(sep).join('/'),
      // a virtual folder: the fuzzed copies must not be confused with the real files
      uri: pathToFileURL(join('/fuzz', relative(ROOT, p))).toString(),
      text: readFileSync(p, 'utf8'),
    }));
  return cached;
}
