/**
 * V8's code cache for the server bundle and the precompiled validator chunks: compiling the 1.8 MB
 * bundle and then each function it runs on the first diagnosis was about a fifth of the CPU a cold
 * start takes. The first start
 * compiles as usual and saves what V8 compiled; later starts hand that to V8 instead.
 *
 * V8 checks its own version, the V8 flags and the source length, not the source itself, so the
 * file is named for what it was made from (bundle size and mtime, V8 version, the Node flags):
 * a rebuilt bundle or another Node never meets a cache made for something else. A cache that
 * is missing, damaged or refused costs nothing but the compile it would have saved.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** where caches go unless `ECS_EKS_ARCHITECT_CODE_CACHE` names another folder (or `off`) */
export const CODE_CACHE_ENV = 'ECS_EKS_ARCHITECT_CODE_CACHE';

/** the folder for the caches of the bundles in `dist` (`dist/.code-cache`), or undefined when caching is off */
export function cacheFolder(dist: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const v = env[CODE_CACHE_ENV];
  if (v === 'off') return undefined;
  return v || join(dist, '.code-cache');
}

/** the cache file for this bundle as built now, run by this Node with these flags */
export function cacheFile(folder: string, bundle: string, execArgv: readonly string[] = process.execArgv): string {
  const st = statSync(bundle);
  const key = createHash('sha1')
    .update([st.size, st.mtimeMs, process.versions.v8, process.arch, ...execArgv].join('\n'))
    .digest('hex')
    .slice(0, 16);
  return join(folder, `${basename(bundle, '.js')}-${key}.bin`);
}

export function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Writes `data` under a temporary name, then renames it: servers started side by side (tests,
 * several windows) never read half a file. Older caches of the same bundle go, so rebuilds do not
 * pile them up. Any failure (read-only install, full disk) leaves things as they were.
 */
export function writeCache(file: string, data: Buffer): void {
  const folder = join(file, '..');
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      /* nothing written */
    }
    return;
  }
  // the same bundle's caches only: `strict-k8s-core-v1-list-<key>` is not one of `strict-k8s-core-v1`'s
  const name = basename(file).replace(/-[0-9a-f]+\.bin$/, '');
  try {
    for (const f of readdirSync(folder))
      if (f !== basename(file) && f.endsWith('.bin') && f.replace(/-[0-9a-f]+\.bin$/, '') === name) unlinkSync(join(folder, f));
  } catch {
    /* another server removed it first */
  }
}
