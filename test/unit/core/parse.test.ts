import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../../server/src/core/analyze';
import { findNodeAtPath } from '../../../server/src/core/parse/tree';

test('JSON: nodes keep offsets; syntax errors at the exact spot', () => {
  const text = '{\n  "family": "web",\n  "cpu": 256,\n}';
  const f = analyzeText('file:///t/task.json', text, 'json');
  const fam = findNodeAtPath(f.docs[0].root, ['family'])!;
  assert.equal(text.slice(fam.offset, fam.offset + fam.length), '"web"');
  const broken = analyzeText('file:///t/x.json', '{"family": "web", "containerDefinitions": [ {"name": "a" ', 'json');
  assert.ok(broken.docs[0].syntaxErrors.length > 0);
  assert.equal(broken.docs[0].kind.family, 'ecs');
});

test('JSON: duplicate keys are reported on the second key', () => {
  const text = '{"family": "a", "family": "b", "containerDefinitions": []}';
  const f = analyzeText('file:///t/task.json', text, 'json');
  const dup = f.docs[0].syntaxErrors.find((e) => e.code === 'duplicate-key')!;
  assert.equal(text.slice(dup.offset, dup.offset + dup.length), '"family"');
  assert.equal(dup.offset, 16);
});

test('YAML: a broken second document keeps the first one', () => {
  const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n---\napiVersion: apps/v1\nkind: Deployment\nspec: [1,\n';
  const f = analyzeText('file:///t/m.yaml', text, 'yaml');
  assert.equal(f.docs.length, 2);
  assert.deepEqual(f.docs[0].kind, { family: 'k8s', apiVersion: 'v1', kind: 'Service', group: '', version: 'v1' });
  assert.equal(f.docs[0].syntaxErrors.length, 0);
  assert.ok(f.docs[1].syntaxErrors.length > 0);
});

test('YAML: anchors, aliases and merge keys resolve; offsets point at the text', () => {
  const text = 'base: &b\n  image: nginx\n  port: 80\nweb:\n  <<: *b\n  port: 81\nother: *b\n';
  const f = analyzeText('file:///t/a.yaml', text, 'yaml');
  assert.deepEqual(f.docs[0].value, {
    base: { image: 'nginx', port: 80 },
    web: { port: 81, image: 'nginx' },
    other: { image: 'nginx', port: 80 },
  });
  const img = findNodeAtPath(f.docs[0].root, ['base', 'image'])!;
  assert.equal(text.slice(img.offset, img.offset + img.length), 'nginx');
});

test('YAML: an alias bomb is cut short, not expanded', () => {
  const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 12; i++)
    lines.push(
      `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
        .fill('*' + String.fromCharCode(96 + i))
        .join(',')}]`,
    );
  const started = Date.now();
  const f = analyzeText('file:///t/bomb.yaml', lines.join('\n'), 'yaml');
  assert.ok(Date.now() - started < 2000);
  assert.ok(f.docs[0].syntaxErrors.some((e) => e.code === 'yaml-alias-limit'));
});

test('deep nesting is refused without a stack overflow', () => {
  const deep = '['.repeat(100_000) + ']'.repeat(100_000);
  const j = analyzeText('file:///t/deep.json', deep, 'json');
  assert.equal(j.docs[0].syntaxErrors[0].code, 'syntax');
  const y = analyzeText('file:///t/deep.yaml', 'a: ' + deep, 'yaml');
  assert.match(y.docs[0].syntaxErrors[0].message, /Nesting/);
});

test('Helm templates are recognised and left alone', () => {
  const f = analyzeText(
    'file:///t/templates/dep.yaml',
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n  labels: {{- include "x" . | nindent 4 }}\n',
    'yaml',
  );
  assert.equal(f.docs[0].templated, true);
  assert.equal(f.docs[0].syntaxErrors.length, 0);
  assert.equal(f.docs[0].kind.family, 'none');
});

test('a too-large file earns a notice only when its beginning looks like ours', () => {
  const big = (head: string) => head + ' '.repeat(2000);
  assert.equal(analyzeText('file:///a/task.json', big('{"family": "x", "containerDefinitions": []}'), 'json', 0, 100).looksOurs, true);
  assert.equal(analyzeText('file:///a/app.yaml', big('# app\napiVersion: apps/v1\nkind: Deployment\n'), 'yaml', 0, 100).looksOurs, true);
  assert.equal(
    analyzeText('file:///a/package-lock.json', big('{"name": "x", "lockfileVersion": 3, "packages": {}}'), 'json', 0, 100).looksOurs,
    false,
  );
  assert.equal(analyzeText('file:///a/data.yaml', big('rows:\n  - id: 1\n'), 'yaml', 0, 100).looksOurs, false);
});
