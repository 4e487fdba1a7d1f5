/**
 * A tripwire preloaded into both servers (`node --require bench/noNetwork.cjs …`): any outgoing
 * connection or DNS lookup is refused and reported on stderr, where the bench looks for it. The
 * LSP pipes are never `connect`ed, so they are unaffected.
 */
const net = require('node:net');
const dns = require('node:dns');
const MARK = '[bench] network attempt:';
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  // http passes the normalized [options, callback] pair as one argument
  const o = Array.isArray(args[0]) ? args[0][0] : args[0];
  const where = typeof o === 'object' && o ? `${o.host ?? ''}:${o.port ?? o.path ?? ''}` : String(o);
  // a local IPC path (e.g. --node-ipc) is not the network
  if (typeof o === 'object' && o && o.path && !o.host) return connect.apply(this, args);
  process.stderr.write(`${MARK} connect ${where}\n`);
  process.nextTick(() => this.destroy(new Error(`bench: no network (${where})`)));
  return this;
};
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6']) {
  const orig = dns[name];
  dns[name] = function (host, ...rest) {
    process.stderr.write(`${MARK} dns.${name} ${host}\n`);
    const cb = rest.find((x) => typeof x === 'function');
    if (cb) process.nextTick(() => cb(Object.assign(new Error(`bench: no network (${host})`), { code: 'ENOTFOUND' })));
    else return orig.call(this, host, ...rest);
  };
}
module.exports = { MARK };
