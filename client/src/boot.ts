/**
 * `dist/client.js`, the extension's entry: loads the client bundle (`dist/client-main.js`, from
 * extension.ts) through V8's code cache, as the server's loader does (server/src/node/boot.ts).
 * Compiling the 1 MB bundle, most of it vscode-languageclient, was a fifth of activation; the first
 * activation after an install or update compiles as usual and saves the cache for the next ones.
 * Kept tiny: this file itself is compiled on every activation.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { cacheFolder } from '../../server/src/node/codeCache';
import { requireCached, type CacheUse } from '../../server/src/node/cachedRequire';

interface Main {
  activate(context: unknown): Promise<object>;
  deactivate(): Promise<void>;
}

const started = performance.now();
const use: CacheUse = {};
const main = requireCached(join(__dirname, 'client-main.js'), cacheFolder(__dirname), module, use) as Main;
// what VS Code counts as the extension's code loading, measured in the host that runs it (the bench reads it)
const loadMs = performance.now() - started;

// `module.exports` rather than `export`: VS Code reads activate/deactivate from this module's exports
module.exports = {
  activate: async (context: unknown) => ({ ...(await main.activate(context)), loadMs, loadCached: use.cached === true }),
  deactivate: () => main.deactivate(),
};
