/**
 * `require` for our own big generated files (the server bundle, the precompiled validator chunks)
 * through V8's code cache (codeCache.ts): compiled with the cache an earlier start saved, or, when
 * there is none or V8 refuses it, compiled as usual and the cache saved once the file's code has
 * run (the functions V8 compiled on first call are in it then). No cache folder: a plain compile.
 */
import Module from 'node:module';
import { dirname } from 'node:path';
import { readFileSync } from 'node:fs';
import { Script } from 'node:vm';
import { cacheFile, readCache, writeCache } from './codeCache';

/** long enough for the first file's diagnosis and the workspace index to have compiled their code */
const SAVE_AFTER_MS = 8000;

const nodeModulePaths = (dir: string): string[] => (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(dir);

/** Runs the CommonJS file `file` (absolute path) the way `require` does and returns its exports. */
export function requireCached(file: string, folder: string | undefined, parent?: Module): unknown {
  let target: string | undefined;
  try {
    target = folder && cacheFile(folder, file);
  } catch {
    target = undefined; // no such file: the read below reports it
  }
  const cached = target ? readCache(target) : undefined;
  const script = new Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData: cached });
  if (target && (!cached || script.cachedDataRejected)) saveLater(target, script);

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
  setTimeout(save, SAVE_AFTER_MS).unref();
  process.on('exit', save);
}
