/**
 * What we can measure of extension activation outside VS Code: the time to load dist/client.js
 * (with a stand-in `vscode` module) — the part of activation that is ours besides starting the
 * server. Prints one JSON line. `activate()` itself needs a real extension host.
 */
const Module = require('node:module');
const { performance } = require('node:perf_hooks');

/** a stand-in that answers any property, call or `new` with itself, so module-level code runs */
function stub() {
  const target = function () {};
  const p = new Proxy(target, {
    get: (_t, k) => (k === Symbol.toPrimitive ? () => '' : k === 'then' ? undefined : p),
    apply: () => p,
    construct: () => p,
  });
  return p;
}
const vscode = stub();
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'vscode' ? vscode : load.call(this, request, ...rest);
};

const t0 = performance.now();
require(process.argv[2]);
const loadMs = performance.now() - t0;
process.stdout.write(JSON.stringify({ loadMs }) + '\n');
