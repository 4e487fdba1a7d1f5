/**
 * Kept diagnostics JSON (lsp/keptDiagnostics.ts) spliced by the message encoder: the notification
 * must carry exactly the diagnostics made fresh from the findings, after any edit, while the JSON of
 * a document that did not change (nor move in lines) is reused.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Message } from 'vscode-languageserver/node';
import { KeptDiagnostics, samePublished } from '../../../server/src/lsp/keptDiagnostics';
import { MessageEncoder } from '../../../server/src/lsp/messageEncoder';
import { JsonList } from '../../../server/src/lsp/jsonList';
import { toDiagnostic } from '../../../server/src/lsp/convert';
import { sameDiagnostics } from '../../../server/src/lsp/diagnostics';
import type { LanguageService } from '../../../server/src/core/service';
import { serviceWith, uri } from '../helpers';
import { mulberry32 } from '../../../bench/genRandom.mjs';

const U = uri('all.yaml');

/** a document with findings (a removed API, a schema error), one with a name from `n` */
const deployment = (n: string) => `apiVersion: extensions/v1beta1
kind: Deployment
metadata:
  name: web-${n} # Grüße · 😀
spec:
  replicas: "two"
  template:
    spec:
      containers:
        - name: app
          image: nginx
`;
const service = (n: string) => `apiVersion: v1
kind: Service
metadata:
  name: svc-${n}
  # one note
  # and another
spec:
  selector: { app: nothing-${n} }
  ports: [{ port: 80 }]
`;
const TEXT = ['a', 'b', 'c', 'd'].flatMap((n) => [deployment(n), service(n)]).join('---\n');

/** what the encoder writes for a publish of `file`'s findings, parsed back */
async function sent(kept: KeptDiagnostics, ls: LanguageService, enc: MessageEncoder) {
  const file = ls.workspace.get(U)!;
  const findings = ls.diagnostics(U);
  const diagnostics = kept.of(file, findings);
  assert.ok(diagnostics instanceof JsonList);
  const msg = {
    jsonrpc: '2.0',
    method: 'textDocument/publishDiagnostics',
    params: { uri: U, version: 3, diagnostics },
  } as unknown as Message;
  const bytes = Buffer.from(enc.bytes(msg));
  const plain = {
    jsonrpc: '2.0',
    method: 'textDocument/publishDiagnostics',
    params: { uri: U, version: 3, diagnostics: findings.map((f) => toDiagnostic(file, f)) },
  };
  return {
    got: JSON.parse(bytes.toString('utf8')) as unknown,
    want: JSON.parse(JSON.stringify(plain)) as unknown,
    list: diagnostics,
    findings,
  };
}

test('spliced diagnostics equal the fresh ones, and unchanged documents keep their JSON', async () => {
  const ls = serviceWith({ 'all.yaml': TEXT });
  const kept = new KeptDiagnostics(true);
  const enc = new MessageEncoder();
  const first = await sent(kept, ls, enc);
  assert.ok(first.findings.length >= 8, 'findings in every document');
  assert.deepEqual(first.got, first.want);
  // an edit in the last Deployment (its image gets a tag): the first document's JSON is the very same bytes
  const last = TEXT.lastIndexOf('image: nginx') + 'image: nginx'.length;
  ls.update(U, TEXT.slice(0, last) + ':1.27' + TEXT.slice(last));
  const second = await sent(kept, ls, enc);
  assert.deepEqual(second.got, second.want);
  assert.equal(second.list.parts[0], first.list.parts[0], 'kept');
  assert.ok(samePublished(first.list, first.list, sameDiagnostics));
  assert.ok(!samePublished(first.list, second.list, sameDiagnostics));
});

test('an edit of the same length that moves lines: the documents after it are sent with their new lines', async () => {
  const ls = serviceWith({ 'all.yaml': TEXT });
  const kept = new KeptDiagnostics(true);
  const enc = new MessageEncoder();
  await sent(kept, ls, enc);
  // two characters of the first Service's comment become a line break and a new comment: nothing
  // moves in offsets, the documents after it move one line down (and are kept, not parsed again)
  const at = TEXT.indexOf('one note') + 'one '.length;
  const split = TEXT.slice(0, at) + '\n#' + TEXT.slice(at + 2);
  ls.update(U, split);
  const moved = await sent(kept, ls, enc);
  assert.deepEqual(moved.got, moved.want);
  // and back: a line break becomes a character again
  const back = TEXT.indexOf('\n', TEXT.indexOf('one note'));
  const joined = TEXT.slice(0, back) + ' ' + TEXT.slice(back + 1);
  ls.update(U, joined);
  const again = await sent(kept, ls, enc);
  assert.deepEqual(again.got, again.want);
  assert.ok(again.list.parts.includes(moved.list.parts.at(-1)!) === false, 'the last document moved up a line');
});

test('random edits (line breaks, CRLF, characters, documents): every publish equals the fresh one', async () => {
  const next = mulberry32(17); // the same edits on every run
  let text = TEXT;
  const ls = serviceWith({ 'all.yaml': text });
  const kept = new KeptDiagnostics(true);
  const enc = new MessageEncoder();
  // most edits inside comments (the documents after them are kept and moved), some anywhere
  const pieces = ['\n#', '\r\n#', '\r#', 'x', 'é', '😀', '  ', '\n', '\r\n', '---\n', ''];
  let reused = 0;
  let before = await sent(kept, ls, enc);
  for (let i = 0; i < 300; i++) {
    const notes = [...text.matchAll(/# (one|and)/g)];
    const note = notes[Math.floor(next() * notes.length)];
    const at = note && next() < 0.8 ? note.index + 2 + Math.floor(next() * 3) : Math.floor(next() * text.length);
    const cut = Math.floor(next() * 3);
    text = text.slice(0, at) + pieces[Math.floor(next() * pieces.length)] + text.slice(at + cut);
    // now and then, back to a text with findings everywhere
    if (i % 50 === 49) text = TEXT;
    ls.update(U, text);
    const now = await sent(kept, ls, enc);
    assert.deepEqual(now.got, now.want, `edit ${i}`);
    reused += now.list.parts.filter((p) => before.list.parts.includes(p)).length;
    before = now;
  }
  assert.ok(reused > 100, `documents' JSON reused (${reused})`);
});

test('without a splicing writer: plain diagnostics, compared field by field', () => {
  const ls = serviceWith({ 'all.yaml': TEXT });
  const file = ls.workspace.get(U)!;
  const findings = ls.diagnostics(U);
  const plain = new KeptDiagnostics(false).of(file, findings);
  assert.ok(Array.isArray(plain));
  assert.deepEqual(
    plain,
    findings.map((f) => toDiagnostic(file, f)),
  );
  assert.ok(samePublished(plain, [...plain], sameDiagnostics));
});
