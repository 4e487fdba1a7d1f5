/**
 * The CST fast path of the YAML parse (parse/cstTree.ts) must give exactly the tree, ranges and
 * findings the library's composer gives (`parseYaml(text, { fast: false })`): on every real file
 * of shared/realworld and on generated edge cases of every scalar form and layout.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser, Schema, type CST } from 'yaml';
import { parseYaml } from '../../../server/src/core/parse/yaml';
import { fastDocument } from '../../../server/src/core/parse/cstTree';
import { sameAsComposer } from '../parse/sameAsComposer';
import { realworldDir, unlessRealworld, type RealworldSet } from '../realworld';

function same(text: string, label: string): void {
  sameAsComposer(text, label);
}

/** How many documents of a text take the fast path (the rest are composed by the library). */
function fastCount(text: string): number {
  const schema = new Schema({ schema: 'core' });
  let n = 0;
  for (const t of new Parser().parse(text)) if (t.type === 'document' && fastDocument(t as CST.Document, schema)) n++;
  return n;
}

for (const set of ['k8s', 'eksctl', 'cfn'] as RealworldSet[]) {
  test(`the fast path gives the composer's tree on every real ${set} YAML file`, { skip: unlessRealworld(set) }, () => {
    const dir = realworldDir(set);
    let files = 0;
    for (const f of readdirSync(dir)) {
      if (!/\.ya?ml$/.test(f)) continue;
      same(readFileSync(join(dir, f), 'utf8'), f);
      files++;
    }
    assert.ok(files > 0, `no YAML files in ${dir}`);
  });
}

test('the fast path takes the plain real Kubernetes documents', { skip: unlessRealworld('k8s') }, () => {
  const dir = realworldDir('k8s');
  let all = 0;
  let fast = 0;
  for (const f of readdirSync(dir)) {
    if (!/\.ya?ml$/.test(f)) continue;
    const text = readFileSync(join(dir, f), 'utf8');
    all += parseYaml(text).length;
    fast += fastCount(text);
  }
  // most manifests are plain block YAML: if this drops, the fast path stopped doing its job
  assert.ok(fast > all * 0.8, `${fast} of ${all} documents on the fast path`);
});

const SCALARS = [
  'x',
  '"x"',
  "'x'",
  '~',
  'null',
  'Null',
  'NULL',
  '',
  'true',
  'True',
  'FALSE',
  'yes',
  'no',
  'on',
  '0',
  '-0',
  '+12',
  '012',
  '0o17',
  '0x1F',
  '0xg',
  '1_000',
  '1.5',
  '-.5',
  '1e3',
  '1.0e+3',
  '.inf',
  '-.Inf',
  '.NaN',
  '.nan',
  '3.10',
  '2001-12-14',
  '12:30',
  '"\\t\\u00e9\\x41"',
  '"a\\\n  b"',
  "'it''s'",
  '"multi\n  line"',
  'plain\n  continued',
  '${VAR}',
  '"08"',
  '08',
  '1.',
  '-',
  'a:b',
  'a #b',
  '"#x"',
  '|\n    one\n    two\n',
  '|-\n    keep\n\n',
  '|+\n    keep\n\n',
  '>\n    folded\n    text\n\n    para\n',
  '>-\n    x\n',
  '|2\n     indented\n',
  '[]',
  '{}',
  '[ ]',
  '[1, 2]',
  '{a: 1}',
  '[a, [b, {c: d}]]',
  '{ a : 1 , b: }',
  '["x", \'y\']',
  'é',
  ':x',
  '?x',
  'a\tb',
  'a b  ',
  'x:y # c',
  'N/A',
  'tRUE',
  'Nil',
  '*a',
  '&a x',
  '!!str 1',
  '!Ref x',
];

test('the fast path resolves every scalar form as the core schema does', () => {
  for (const s of SCALARS) {
    same(`key: ${s}\n`, `value ${JSON.stringify(s)}`);
    same(`- ${s}\n- b\n`, `item ${JSON.stringify(s)}`);
    same(`${s}\n`, `root ${JSON.stringify(s)}`);
    if (!s.includes('\n')) same(`${s}: v\nother: ${s}\n`, `key ${JSON.stringify(s)}`);
  }
});

const LAYOUTS = [
  'a: 1\nb:\n  c: 2\n  d:\n    - x\n    - y: 1\n      z: 2\n',
  '# head\n---\na: 1 # trailing\n# between\nb: 2\n\n\n---\n# only a comment\n---\n- 1\n',
  'a:\n- 1\n- 2\nb: [x]\n',
  'a: 1\na: 2\n',
  'a: 1\n1: 2\n"1": 3\n',
  '<<: {a: 1}\nb: 2\n',
  'a:\n\tb: 1\n',
  'a:\n  b: 1\n c: 2\n',
  'a: b: c\n',
  '? a\n: b\n',
  'a: 1\n  # indented comment\nb: 2\n',
  'a: # c\n  b\n',
  'a:    # comment only\nb:\n',
  'a: &x 1\nb: *x\n',
  '--- a\n--- |\n  x\n',
  '--- {a: 1}\n',
  '---\n...\n---\na: 1\n...\n',
  '%YAML 1.1\n---\na: yes\n',
  'a: "unterminated\n',
  'a: [1, 2\nb: 1\n',
  '- - a\n  - b\n- - c\n',
  'a:\n  - b\n  -\n  - # c\n    d\n',
  'key with spaces: v\n"quoted key": v\n\'single\': v\n',
  'a: b\n#c\n',
  'a: b#c\n',
  '- a\n -b\n',
  'a: 1\n---\nb: [\n---\nc: 3\n',
  '\ufeffa: 1\n',
  'a: 1\r\nb:\r\n  - 2\r\n',
  '',
  '# only\n',
  '---\n',
  'a: >\n  x\n\n  y\nb: |\n  z\n',
  'a: |\nb: 1\n',
  'a: "x" # c\nb: \'y\'  \n',
  'a: [x, b,]\nb: [, x]\nc: [x y]\nd: [x,,y]\n',
  'a: {k: 1, k: 2}\n',
  'a: {k, b: 1}\nb: [k: 1]\nc: {: 1}\n',
  'a: {k: [1, {b: c}], d: , e: "q"}\n',
  'a: [x,#c\n  y]\nb: [x, # c\n  y]\nc: { k: 1 }  # c\n',
  'a: [\n  1,\n  2\n]\nb: {\n  k: v\n  }\n',
  'a: [\n1]\n',
  'a: [x, y]]\n',
  '{"a":1, "b": [true, null, 1.5]}\n',
  'a: {k: |\n  x\n}\n',
  'a: {k: &x 1, l: *x}\n',
  '[a, b]\n',
  'a: [1, 2] # c\n  # d\nb: 1\n',
  // wide maps: the duplicate-key check turns from a list into a set past 16 keys
  Array.from({ length: 20 }, (_, i) => `k${i}: ${i}\n`).join('') + 'k3: again\n',
  Array.from({ length: 20 }, (_, i) => `${i}: ${i}\n`).join('') + '"19": string key\n',
  'm:\n' + Array.from({ length: 30 }, (_, i) => `  k${i}: v\n`).join('') + '  k29: w\n',
];

test('the fast path gives the composer result on layouts, comments, errors and edge cases', () => {
  for (const t of LAYOUTS) same(t, JSON.stringify(t));
});

test('generated documents give the same tree on both paths', () => {
  let seed = 13;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const pick = <T>(xs: T[]) => xs[rnd(xs.length)];
  const oneLine = SCALARS.filter((s) => !s.includes('\n'));
  const gen = (indent: string, depth: number): string => {
    let out = '';
    const n = 1 + rnd(4);
    const seq = rnd(3) === 0;
    for (let i = 0; i < n; i++) {
      const head = seq ? `${indent}- ` : `${indent}${pick(['a', 'b', 'c', '"d"', '1', 'true', 'x y'])}:`;
      if (depth < 3 && rnd(3) === 0) out += `${head}${pick(['', ' # c'])}\n${gen(indent + pick(['  ', '    ']), depth + 1)}`;
      else out += `${head}${seq ? '' : ' '}${pick(oneLine)}${pick(['', ' # c', '  '])}\n`;
      if (rnd(6) === 0) out += pick(['\n', '# note\n', `${indent}# note\n`]);
    }
    return out;
  };
  for (let i = 0; i < 400; i++) {
    const text = Array.from({ length: 1 + rnd(3) }, () => gen('', 0)).join(pick(['---\n', '--- # c\n', '\n---\n']));
    same(text, JSON.stringify(text));
  }
});
