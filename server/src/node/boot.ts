/**
 * `dist/server.js`: loads the server bundle (`dist/server-main.js`, from node/server.ts) through
 * V8's code cache (cachedRequire.ts), which is saved once the server has done its first work.
 * Kept tiny: this file itself is compiled on every start.
 */
import { join } from 'node:path';
import { capHeapGrowth } from './heap';
import { cacheFolder } from './codeCache';
import { requireCached } from './cachedRequire';

// V8 refuses a cache made under other flags: the heap flag the bundle sets goes first
capHeapGrowth();

requireCached(join(__dirname, 'server-main.js'), cacheFolder(__dirname), module);
