/**
 * Early cutoff (WorkspaceIndex.derived) for the Service selection table (k8s/selection.ts): an edit
 * that leaves every pod template's labels and namespace as they were keeps the checks that read
 * only those (service-selects-nothing, also for a Service that selects nothing), while navigation still sees the workloads where they now
 * stand. Any change of labels, namespace or workloads runs the checks again.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serviceWith, uri } from '../helpers';
import { serviceSelectsNothingRule } from '../../../server/src/core/rules/k8s/serviceSelectsNothing';
import { selectedWorkloads, selectsAny } from '../../../server/src/core/k8s/selection';
import type { Rule } from '../../../server/src/core/rules/rule';

const deployment = (name: string, labels: string, replicas = 1) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  replicas: ${replicas}\n  selector:\n    matchLabels:\n      ${labels}\n  template:\n    metadata:\n      labels:\n        ${labels}\n    spec:\n      containers:\n        - name: a\n          image: nginx:1.27\n`;
const service = (name: string, selector: string) =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n  selector:\n    ${selector}\n  ports:\n    - port: 80\n`;

/** the rule, counting how often it checks a document */
function counting(): { rule: Rule; runs: () => number } {
  let n = 0;
  const rule: Rule = { ...serviceSelectsNothingRule, check: (doc, ctx) => (n++, serviceSelectsNothingRule.check(doc, ctx)) };
  return { rule, runs: () => n };
}

test('a Deployment edit that keeps its labels keeps the Services’ selection findings; a label edit checks them again', () => {
  const { rule, runs } = counting();
  const files = {
    'web.yaml': `${deployment('web', 'app: web')}---\n${deployment('api', 'app: api')}`,
    'svc.yaml': `${service('web', 'app: web')}---\n${service('api', 'app: api')}---\n${service('db', 'app: db')}`,
  };
  const ls = serviceWith(files, { rules: [rule] });
  const codes = () => ls.diagnostics(uri('svc.yaml')).map((f) => `${f.code}@${f.offset}`);
  const before = codes();
  assert.equal(before.length, 1, 'only the db Service selects nothing');
  const n = runs();
  assert.equal(n, 3);
  // replicas edited (the file re-parsed, as a keystroke does): labels and namespaces as they were
  ls.update(uri('web.yaml'), files['web.yaml'].replace('replicas: 1', 'replicas: 2'));
  assert.deepEqual(codes(), before);
  assert.equal(runs(), n, 'no Service checked again, not even the one that selects nothing (its message reads only labels)');
  // a label changed: checked again, and the web Service now selects nothing
  ls.update(
    uri('web.yaml'),
    files['web.yaml'].replace(
      'app: web\n  template:\n    metadata:\n      labels:\n        app: web',
      'app: web\n  template:\n    metadata:\n      labels:\n        app: www',
    ),
  );
  const after = codes();
  assert.ok(runs() >= n + 3, 'checked again');
  assert.equal(after.length, 2);
  // a workload that comes with the db label: the db Service selects it
  ls.update(uri('db.yaml'), deployment('db', 'app: db'));
  assert.equal(codes().length, 1);
});

test('selectedWorkloads answers from the newest analysis after an edit that keeps the labels', () => {
  const text = `${deployment('web', 'app: web')}---\n${service('web', 'app: web')}`;
  const ls = serviceWith({ 'a.yaml': text });
  const ws = ls.workspace;
  assert.equal(selectsAny(ws, undefined, { app: 'web' }), true);
  const first = selectedWorkloads(ws, undefined, { app: 'web' });
  // a longer replicas value moves nothing before the template, but the document is new
  ls.update(uri('a.yaml'), text.replace('replicas: 1', 'replicas: 10'));
  const file = ws.get(uri('a.yaml'))!;
  const now = selectedWorkloads(ws, undefined, { app: 'web' });
  assert.equal(now.length, 1);
  assert.notEqual(now[0].entry.doc, first[0].entry.doc, 'not the old analysis');
  assert.equal(now[0].entry.doc, file.docs[0], 'the document the file holds now');
});

test('WorkspaceIndex.derived: readers stay fresh while the value is the same and go stale when it changes', () => {
  const ls = serviceWith({ 'a.yaml': deployment('web', 'app: web') });
  const ws = ls.workspace;
  let builds = 0;
  const names = () =>
    ws.derived(
      '~test.names',
      () => (builds++, ws.k8s('Deployment').map((e) => String((e.doc.value as { metadata: { name: string } }).metadata.name))),
      (a, b) => a.join() === b.join(),
    );
  const { deps } = ws.track(names);
  assert.deepEqual(deps.keys, ['~test.names'], 'readers depend on the value only');
  assert.equal(builds, 1);
  ls.update(uri('a.yaml'), deployment('web', 'app: web', 3));
  assert.equal(ws.fresh(deps), true, 'same names: still fresh');
  assert.equal(builds, 2, 'made again to find out');
  assert.equal(ws.fresh(deps), true);
  assert.equal(builds, 2, 'once per change');
  ls.update(uri('b.yaml'), deployment('api', 'app: api'));
  assert.equal(ws.fresh(deps), false, 'a new name: stale');
  assert.deepEqual(names(), ['web', 'api']);
});
