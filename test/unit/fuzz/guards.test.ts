/** The parsers' guards against hostile input, one by one, with exact expectations. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseYaml, ALIAS_NODE_BUDGET } from '../../../server/src/core/parse/yaml';
import { parseJson } from '../../../server/src/core/parse/json';
import { exceedsIndent, exceedsNesting, exceedsValues, MAX_INDENT, MAX_VALUES } from '../../../server/src/core/parse/depth';
import { toValue, type AstNode } from '../../../server/src/core/parse/tree';
import { LanguageService } from '../../../server/src/core/service';
import { laughs } from './bombs';
import { nodeRuntime } from '../../../server/src/node/runtime';

const count = (n: AstNode | undefined): number => (n ? 1 + (n.children ?? []).reduce((s, c) => s + count(c), 0) : 0);

test('billion laughs: expansion stops at the budget, with one warning on the alias where it stopped', () => {
  const [doc] = parseYaml(laughs());
  const warnings = doc.errors.filter((e) => e.code === 'yaml-alias-limit');
  assert.equal(warnings.length, 1);
  assert.equal(warnings[0].severity, 'warning');
  assert.match(laughs().slice(warnings[0].offset, warnings[0].offset + warnings[0].length), /^\*[a-i]$/);
  const nodes = count(doc.root);
  assert.ok(nodes > ALIAS_NODE_BUDGET / 2 && nodes < ALIAS_NODE_BUDGET + 200, `${nodes} nodes`);
});

test('an alias takes the last anchor of its name defined before it', () => {
  const [doc] = parseYaml('a: &x 1\nb: *x\nc: &x [2]\nd: *x\ne: *nope\n');
  assert.deepEqual(toValue(doc.root), { a: 1, b: 1, c: [2], d: [2], e: null });
});

test('aliases of aliases and merge keys still expand within the budget', () => {
  const [doc] = parseYaml('base: &b { x: 1, y: &y [1, 2] }\nmore: &m { <<: *b, z: *y }\nlast: { <<: [*m], w: 0 }\n');
  assert.deepEqual(toValue(doc.root), {
    base: { x: 1, y: [1, 2] },
    more: { z: [1, 2], x: 1, y: [1, 2] },
    last: { w: 0, z: [1, 2], x: 1, y: [1, 2] },
  });
  assert.deepEqual(doc.errors, []);
});

test('deep nesting is refused before parsing, at the bracket that goes too deep', () => {
  const text = '['.repeat(100_000);
  assert.equal(exceedsNesting(text), 512);
  const json = parseJson(text);
  assert.equal(json.root, undefined);
  assert.deepEqual(
    json.errors.map((e) => [e.offset, e.code]),
    [[512, 'syntax']],
  );
  const [y] = parseYaml(`a: ${text}`);
  assert.equal(y.root, undefined);
  assert.equal(y.errors[0].offset, 515);
  // brackets inside strings do not count
  assert.equal(exceedsNesting(`"${'['.repeat(1000)}"`), undefined);
  // the scan starts at the line of the first bracket: offsets are still of the whole text
  const late = `${'a: 1\n'.repeat(1000)}b: "x[" ${text}`;
  assert.equal(exceedsNesting(late), late.indexOf('b: ') + 'b: "x[" '.length + 512);
  assert.equal(exceedsNesting('a: 1\nb: [1, {c: 2}]\n'), undefined);
});

test('YAML block nesting past 1,000 columns of indentation is refused; deep but sane indentation is not', () => {
  const deep = Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
  const [y] = parseYaml(deep);
  assert.equal(y.root, undefined);
  assert.match(y.errors[0].message, /indented more than 1000 columns/);
  assert.equal(exceedsIndent(deep), deep.indexOf(`\n${' '.repeat(MAX_INDENT + 1)}`) + 1 + MAX_INDENT);
  const sane = Array.from({ length: 200 }, (_, i) => `${' '.repeat(i * 2)}k${i}:`).join('\n') + ' end\n';
  assert.equal(exceedsIndent(sane), undefined);
  assert.ok(parseYaml(sane)[0].root);
});

test('a million-value document is refused before parsing, with a warning at the separator past the limit', () => {
  const yaml = `items: [${Array(1_000_000).fill('1').join(',')}]\n`;
  const [y] = parseYaml(yaml);
  assert.equal(y.root, undefined);
  assert.deepEqual(
    y.errors.map((e) => [e.code, e.severity]),
    [['too-large', 'warning']],
  );
  assert.equal(yaml[y.errors[0].offset], ',');
  assert.match(y.errors[0].message, /more than 100,000 lines or list items/);
  const json = parseJson(`[${Array(1_000_000).fill('1').join(',')}]`);
  assert.equal(json.root, undefined);
  assert.deepEqual(
    json.errors.map((e) => e.code),
    ['too-large'],
  );
  // just under the limits, still parsed
  assert.equal(exceedsValues('\n'.repeat(MAX_VALUES.yaml), MAX_VALUES.yaml), undefined);
  assert.equal(exceedsValues('\n'.repeat(MAX_VALUES.yaml + 1), MAX_VALUES.yaml), MAX_VALUES.yaml);
  // line breaks and commas together: the offset is the separator that passes the limit
  const mixed = 'x,\n'.repeat(60_000);
  assert.equal(exceedsValues(mixed, MAX_VALUES.yaml), 3 * 50_000 + 1); // the comma of the 50,001st line
  assert.equal(exceedsValues(mixed.slice(0, 3 * 50_000), MAX_VALUES.yaml), undefined);
  assert.ok(parseJson(`[${Array(MAX_VALUES.json).fill('1').join(',')}]`).root);
});

test('syntax errors at the end of the text stay inside it', () => {
  for (const text of ['{', '{"a": ', '{"a": "x', '[1,', '']) {
    for (const e of parseJson(text).errors)
      assert.ok(e.offset >= 0 && e.offset + e.length <= text.length, `${JSON.stringify(text)}: ${JSON.stringify(e)}`);
  }
  for (const text of ['a: "x', 'a: [1,', '- {', 'a: &', '"\u2028']) {
    for (const d of parseYaml(text))
      for (const e of d.errors)
        assert.ok(e.offset >= 0 && e.offset + e.length <= text.length, `${JSON.stringify(text)}: ${JSON.stringify(e)}`);
  }
});

test('completion and hover at the end of a 200,000-character line answer at once (a regex there was quadratic: 19 s)', () => {
  // found by `npm run fuzz` (a seed file folded onto one line, with a very long image name)
  const service = new LanguageService({ runtime: nodeRuntime() });
  for (const [uri, text] of [
    ['file:///ws/long.yaml', `apiVersion: apps/v1 kind: Deployment image: ${'x'.repeat(200_000)}`],
    ['file:///ws/long-task-definition.json', `{"family": "x", "containerDefinitions": [{"image": "${'x'.repeat(200_000)}`],
  ]) {
    service.update(uri, text);
    const t = performance.now();
    service.complete(uri, text.length);
    service.hover(uri, text.length - 1);
    const ms = performance.now() - t;
    assert.ok(ms < 1000, `${uri}: ${ms.toFixed(0)} ms`);
  }
});
