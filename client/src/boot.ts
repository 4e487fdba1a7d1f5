/**
 * `dist/client.js`, the extension's entry: loads the client bundle (`dist/client-main.js`, from
 * extension.ts) through V8's code cache, as the server's loader does (server/src/node/boot.ts).
 * Compiling the 1 MB bundle, most of it vscode-languageclient, was a fifth of activation; the first
 * activation after an install or update compiles as usual and saves the cache for the next ones.
 * Kept tiny: this file itself is compiled on every activation.
 */
import { join } from 'node:path';
import { cacheFolder } from '../../server/src/node/codeCache';
import { requireCached } from '../../server/src/node/cachedRequire';

// `module.exports` rather than `export`: VS Code reads activate/deactivate from this module's exports
module.exports = requireCached(join(__dirname, 'client-main.js'), cacheFolder(__dirname), module);
