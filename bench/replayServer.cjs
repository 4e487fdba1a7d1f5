/**
 * A language server that does no work: it answers every request with the answer recorded in the
 * JSON file named on its command line (`initialize` and `shutdown` aside), each in one write, as
 * ours does. navigation.mjs times the big file's outline through it: what the round trip costs
 * the client (reading and parsing the bytes) whatever the server does.
 */
'use strict';
const { readFileSync } = require('node:fs');

// kept as bytes: an answer costs a copy, not an encoding of half a megabyte
const recorded = readFileSync(process.argv[2]);
let pending = Buffer.alloc(0);

function answer(id, result = recorded) {
  const head = Buffer.from(`{"jsonrpc":"2.0","id":${JSON.stringify(id)},"result":`);
  const length = head.length + result.length + 1;
  process.stdout.write(Buffer.concat([Buffer.from(`Content-Length: ${length}\r\n\r\n`), head, result, Buffer.from('}')]));
}

function handle(msg) {
  if (msg.method === 'exit') process.exit(0);
  if (msg.id === undefined || msg.method === undefined) return; // a notification, or a reply to us
  if (msg.method === 'initialize') answer(msg.id, Buffer.from('{"capabilities":{}}'));
  else if (msg.method === 'shutdown') answer(msg.id, Buffer.from('null'));
  else answer(msg.id);
}

process.stdin.on('data', (chunk) => {
  pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
  for (;;) {
    const end = pending.indexOf('\r\n\r\n');
    if (end < 0) return;
    const length = Number(/Content-Length: *(\d+)/i.exec(pending.subarray(0, end).toString('latin1'))?.[1]);
    if (!(length >= 0)) throw new Error('replayServer: a message without Content-Length');
    if (pending.length < end + 4 + length) return;
    const body = pending.subarray(end + 4, end + 4 + length).toString('utf8');
    pending = pending.subarray(end + 4 + length);
    handle(JSON.parse(body));
  }
});
