import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderDiagram } from '../../../server/src/core/graph/index';
import { goldenCases, serviceOf, shuffle } from './helpers';

test('the same workspace prints byte-identical Mermaid whatever order files arrive in', () => {
  const files = goldenCases().flatMap((c) => c.files);
  const first = renderDiagram(serviceOf(files).workspace);
  for (const seed of [1, 2, 3, 42, 1234]) {
    const again = renderDiagram(serviceOf(shuffle(files, seed)).workspace);
    assert.equal(again.mermaid, first.mermaid, `seed ${seed}`);
    assert.deepEqual(again.outline, first.outline, `seed ${seed}: outline`);
    assert.deepEqual(again.ids, first.ids, `seed ${seed}: printed ids`);
  }
  // reversed order and a second render of one service agree too
  assert.equal(renderDiagram(serviceOf([...files].reverse()).workspace).mermaid, first.mermaid);
});

test('editing one file and back gives the same text again', () => {
  const files = goldenCases().flatMap((c) => c.files);
  const ls = serviceOf(files);
  const before = renderDiagram(ls.workspace).mermaid;
  const f = files[0];
  ls.update(f.uri, f.text + '\n', undefined, 1);
  ls.remove(files[1].uri);
  ls.update(files[1].uri, files[1].text, undefined, 2);
  ls.update(f.uri, f.text, undefined, 3);
  assert.equal(renderDiagram(ls.workspace).mermaid, before);
});

test('an empty workspace prints a placeholder diagram', () => {
  const r = renderDiagram(serviceOf([]).workspace);
  assert.equal(r.mermaid, 'flowchart LR\n  empty["No ECS or Kubernetes resources found"]\n');
  assert.deepEqual(r.ids, {});
  assert.deepEqual(r.outline, { nodes: [], edges: [], groups: [] });
  assert.equal(renderDiagram(serviceOf([]).workspace, { direction: 'TB' }).mermaid.split('\n')[0], 'flowchart TB');
});
