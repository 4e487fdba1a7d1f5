/**
 * `dist/server.js`: loads the server bundle (`dist/server-main.js`, from node/server.ts) through
 * V8's code cache (codeCache.ts), then saves the cache once the server has done its first work.
 * Kept tiny and dependency-free: this file itself is compiled on every start.
 */
import Module from 'node:module';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { Script } from 'node:vm';
import { capHeapGrowth } from './heap';
import { cacheFile, cacheFolder, readCache, writeCache } from './codeCache';

/** long enough for the first file's diagnosis and the workspace index to have compiled their code */
const SAVE_AFTER_MS = 8000;

// V8 refuses a cache made under other flags: the heap flag the bundle sets goes first
capHeapGrowth();

const bundle = join(__dirname, 'server-main.js');
const folder = cacheFolder(bundle);
let file: string | undefined;
try {
  file = folder && cacheFile(folder, bundle);
} catch {
  file = undefined; // no bundle: the compile below reports it
}
const cached = file ? readCache(file) : undefined;
const script = new Script(Module.wrap(readFileSync(bundle, 'utf8')), { filename: bundle, cachedData: cached });

if (file && (!cached || script.cachedDataRejected)) {
  const target = file;
  let saved = false;
  const save = () => {
    if (saved) return;
    saved = true;
    writeCache(target, script.createCachedData());
  };
  setTimeout(save, SAVE_AFTER_MS).unref();
  process.on('exit', save);
}

const mod = new Module(bundle, module);
mod.filename = bundle;
mod.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(__dirname);
const run = script.runInThisContext() as (...args: unknown[]) => void;
run.call(mod.exports, mod.exports, Module.createRequire(bundle), mod, bundle, __dirname);
