/**
 * V8's code cache for the server bundle and the precompiled validator chunks: compiling the 1.8 MB
 * bundle and then each function it runs on the first diagnosis was about a fifth of the CPU a cold
 * start takes. The first start
 * compiles as usual and saves what V8 compiled; later starts hand that to V8 instead.
 *
 * V8 checks its own version, the V8 flags and the source length, not the source itself, so the
 * file is named for what it was made from (bundle size and mtime; V8 version and the Node flags):
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

/**
 * How many caches one build of a bundle keeps, one per Node and flag set: the client's flags, a
 * debug session's, the bench's and the tests' servers each have theirs, instead of each start with
 * other flags throwing away the others' (the next start then compiled everything again).
 */
export const HOSTS_KEPT = 4;

const hash = (parts: readonly unknown[]): string => createHash('sha1').update(parts.join('\n')).digest('hex').slice(0, 8);

/**
 * The cache file for this bundle as built now (size and mtime), run by this Node with these flags:
 * `<bundle>-<build>-<host>.bin`.
 */
export function cacheFile(folder: string, bundle: string, execArgv: readonly string[] = process.execArgv): string {
  const st = statSync(bundle);
  const build = hash([st.size, st.mtimeMs]);
  const host = hash([process.versions.v8, process.arch, ...execArgv]);
  return join(folder, `${basename(bundle, '.js')}-${build}-${host}.bin`);
}

/** a cache file's bundle and build, or only its bundle for the single-key names of earlier versions */
function parseName(name: string): { bundle: string; build?: string } | undefined {
  const m = /^(.+)-([0-9a-f]{8})-([0-9a-f]{8})\.bin$/.exec(name);
  if (m) return { bundle: m[1], build: m[2] };
  const old = /^(.+)-[0-9a-f]{16}\.bin$/.exec(name);
  return old ? { bundle: old[1] } : undefined;
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
 * several windows) never read half a file. Caches of older builds of the same bundle go, so
 * rebuilds do not pile them up; of this build, the HOSTS_KEPT newest stay. Any failure (read-only
 * install, full disk) leaves things as they were.
 */
export function writeCache(file: string, data: Buffer): void {
  const folder = join(file, '..');
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch {
    remove(tmp);
    return;
  }
  const mine = parseName(basename(file));
  if (mine) prune(folder, basename(file), mine.bundle, mine.build);
}

/** the same bundle's caches only: `loose-k8s-gateway-networking-k8s-io-v1alpha2-…` is not one of `…-v1`'s */
function prune(folder: string, kept: string, bundle: string, build: string | undefined): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  const siblings: { name: string; mtime: number }[] = [];
  for (const f of names) {
    const other = f === kept ? undefined : parseName(f);
    if (!other || other.bundle !== bundle) continue;
    if (other.build !== build) remove(join(folder, f));
    else siblings.push({ name: f, mtime: mtimeOf(join(folder, f)) });
  }
  siblings.sort((a, b) => b.mtime - a.mtime);
  for (const s of siblings.slice(HOSTS_KEPT - 1)) remove(join(folder, s.name));
}

/** another server may have removed it first: that is fine */
function remove(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    /* gone already */
  }
}

const mtimeOf = (path: string): number => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0; // gone already: sorts oldest, removed again harmlessly
  }
};
