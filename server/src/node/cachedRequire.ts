/**
 * `require` for our own big generated files (the server bundle, the precompiled validator chunks)
 * through V8's code cache (codeCache.ts): compiled with the cache an earlier start saved, or, when
 * there is none or V8 refuses it, compiled as usual and the cache saved once the file's code has
 * run (the functions V8 compiled on first call are in it then) and the process is quiet. No cache
 * folder: a plain compile.
 */
import Module from 'node:module';
import { dirname } from 'node:path';
import { readFileSync } from 'node:fs';
import { Script } from 'node:vm';
import { performance } from 'node:perf_hooks';
import { cacheFile, readCache, writeCache } from './codeCache';

/** long enough for the first file's diagnosis and the workspace index to have compiled their code */
const SAVE_AFTER_MS = 8000;
/**
 * Saving takes tens of milliseconds (the bundle's cache is about 1 MB), so it waits for a quiet
 * moment: a window in which the event loop was busy less than IDLE_SHARE of the time. A save that
 * landed in the middle of typing held that keystroke's answers back by ~36 ms.
 */
const IDLE_WINDOW_MS = 500;
const IDLE_SHARE = 0.05;
/** busy all along (a long indexing, a bench): save anyway once this long has passed */
const SAVE_BY_MS = 120_000;

/** whether to save now: the last window was quiet, or waiting has lasted long enough */
export function timeToSave(busyShare: number, sinceStartMs: number): boolean {
  return busyShare < IDLE_SHARE || sinceStartMs >= SAVE_BY_MS;
}

const nodeModulePaths = (dir: string): string[] => (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(dir);

/** Filled by requireCached: whether V8 took a saved cache for the file */
export interface CacheUse {
  cached?: boolean;
}

/** Runs the CommonJS file `file` (absolute path) the way `require` does and returns its exports. */
export function requireCached(file: string, folder: string | undefined, parent?: Module, use?: CacheUse): unknown {
  let target: string | undefined;
  try {
    target = folder && cacheFile(folder, file);
  } catch {
    target = undefined; // no such file: the read below reports it
  }
  const cached = target ? readCache(target) : undefined;
  const script = new Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData: cached });
  if (target && (!cached || script.cachedDataRejected)) saveLater(target, script);
  if (use) use.cached = cached !== undefined && !script.cachedDataRejected;

  const dir = dirname(file);
  const mod = new Module(file, parent);
  mod.filename = file;
  mod.paths = nodeModulePaths(dir);
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(mod.exports, mod.exports, Module.createRequire(file), mod, file, dir);
  mod.loaded = true;
  return mod.exports;
}

function saveLater(target: string, script: Script): void {
  let saved = false;
  const save = () => {
    if (saved) return;
    saved = true;
    process.off('exit', save);
    writeCache(target, script.createCachedData());
  };
  const started = performance.now();
  let mark = performance.eventLoopUtilization();
  const poll = () => {
    if (saved) return;
    const now = performance.eventLoopUtilization();
    const busy = performance.eventLoopUtilization(now, mark).utilization;
    mark = now;
    if (timeToSave(busy, performance.now() - started)) save();
    else setTimeout(poll, IDLE_WINDOW_MS).unref();
  };
  setTimeout(() => {
    mark = performance.eventLoopUtilization();
    setTimeout(poll, IDLE_WINDOW_MS).unref();
  }, SAVE_AFTER_MS).unref();
  process.on('exit', save);
}
