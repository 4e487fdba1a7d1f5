/**
 * The per-document findings cache must never change what is reported: after every edit (in the
 * file, in another file, of the settings) each file's diagnostics equal a validation of the same
 * workspace without the cache. And it must really keep work: a rule that reads only its own
 * document is not run again for documents that did not change.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LanguageService } from '../../../server/src/core/service';
import { validateFile } from '../../../server/src/core/validate';
import { allRules } from '../../../server/src/core/rules/index';
import type { Rule } from '../../../server/src/core/rules/rule';
import { nodeRuntime } from '../../../server/src/node/runtime';

const A = 'file:///ws/apps.yaml';
const SA = 'file:///ws/accounts.yaml';
const TD = 'file:///ws/task.json';
const SVC = 'file:///ws/service.json';

const deployment = (name: string, sa: string, image = 'nginx:1.27') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  replicas: 2
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      serviceAccountName: ${sa}
      containers:
        - name: ${name}
          image: ${image}
`;
const service = (name: string, app: string) => `apiVersion: v1
kind: Service
metadata:
  name: ${name}
spec:
  selector:
    app: ${app}
  ports:
    - port: 80
`;
const APPS = [
  deployment('web', 'web-sa'),
  service('web', 'web'),
  deployment('api', 'api-sa', 'nginx:latest'),
  service('api', 'api'),
  deployment('jobs', 'jobs-sa'),
].join('---\n');
const ACCOUNTS = ['web-sa', 'api-sa'].map((n) => `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ${n}\n`).join('---\n');
const TASK = JSON.stringify(
  {
    family: 'web',
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
    containerDefinitions: [{ name: 'web', image: 'nginx:latest', essential: true }],
  },
  null,
  2,
);
const SERVICE = JSON.stringify(
  { cluster: 'c', serviceName: 'web', taskDefinition: 'web', desiredCount: 1, launchType: 'FARGATE' },
  null,
  2,
);

/** every file's diagnostics, with the cache and without it */
function compare(service: LanguageService, label: string): void {
  for (const uri of [A, SA, TD, SVC]) {
    const file = service.workspace.get(uri);
    if (!file) continue;
    const cached = service.diagnostics(uri);
    const fresh = validateFile(file, {
      workspace: service.workspace,
      settings: service.settings,
      store: service.store,
      validators: service.validators,
    });
    assert.deepEqual(cached, fresh, `${label}: ${uri}`);
  }
}

const codes = (service: LanguageService, uri: string) => service.diagnostics(uri).map((f) => f.code);

test('cached diagnostics equal uncached ones through edits here, edits elsewhere and settings changes', () => {
  const service = new LanguageService({ runtime: nodeRuntime() });
  let apps = APPS;
  service.update(A, apps, 'yaml', 1);
  service.update(SA, ACCOUNTS, 'yaml', 1);
  service.update(TD, TASK, 'json', 1);
  service.update(SVC, SERVICE, 'json', 1);
  compare(service, 'start');
  // only jobs-sa is missing; the api image is :latest
  assert.equal(codes(service, A).filter((c) => c === 'k8s/missing-reference').length, 1);
  assert.ok(codes(service, A).includes('k8s/image-latest'));

  let v = 2;
  const edit = (from: string, to: string) => {
    apps = apps.replace(from, to);
    service.update(A, apps, 'yaml', v++);
  };
  edit('replicas: 2', 'replicas: 3'); // same length, first document
  compare(service, 'one-character edit');
  edit('  name: web\nspec:', '  name: web\n  labels:\n    team: shop\nspec:'); // grows: later documents move
  compare(service, 'insertion before other documents');
  const latest = service.diagnostics(A).find((f) => f.code === 'k8s/image-latest')!;
  assert.equal(apps.slice(latest.offset, latest.offset + latest.length), 'nginx:latest', 'moved findings point at the same text');

  // another file changes: the cross-file finding in the unchanged documents follows
  service.update(SA, ACCOUNTS + '---\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: jobs-sa\n', 'yaml', 2);
  compare(service, 'account added elsewhere');
  assert.equal(codes(service, A).filter((c) => c === 'k8s/missing-reference').length, 0);
  service.remove(SA);
  compare(service, 'accounts file removed');
  assert.equal(codes(service, A).filter((c) => c === 'k8s/missing-reference').length, 3);

  // a Service stops matching its Deployment after an edit in the other document
  edit('      app: api\n  ports', '      app: apix\n  ports');
  compare(service, 'selector edited');

  // settings are part of the key
  service.settings = { ...service.settings, rules: { 'k8s/image-latest': 'off' } };
  compare(service, 'rule turned off');
  assert.ok(!codes(service, A).includes('k8s/image-latest'));
  service.settings = { ...service.settings, rules: {} };
  compare(service, 'rule back on');
  assert.ok(codes(service, A).includes('k8s/image-latest'));

  service.update(TD, TASK.replace('"512"', '"3000"'), 'json', 2);
  compare(service, 'ECS edit');
});

test('a rule that reads only its own document runs again only for the edited document', () => {
  const calls: number[] = [];
  const counting: Rule = {
    id: 'test/counting',
    severity: 'hint',
    description: 'counts its runs',
    appliesTo: (doc) => doc.kind.family === 'k8s',
    check: (doc) => {
      calls.push(doc.index);
      return [{ offset: doc.offset, length: 1, message: 'seen' }];
    },
  };
  const looking: Rule = {
    ...counting,
    id: 'test/looking',
    check: (doc, ctx) => (ctx.workspace.size > 0 ? [] : [{ offset: doc.offset, length: 1, message: 'never' }]),
  };
  const service = new LanguageService({ runtime: nodeRuntime(), rules: [counting, looking, ...allRules] });
  service.update(A, APPS, 'yaml', 1);
  service.diagnostics(A);
  assert.deepEqual(calls, [0, 1, 2, 3, 4]);
  calls.length = 0;
  service.update(A, APPS.replace('app: jobs\n    spec', 'app: jobz\n    spec'), 'yaml', 2);
  const found = service.diagnostics(A).filter((f) => f.code === 'test/counting');
  assert.deepEqual(calls, [4], 'only the edited (last) document is checked again');
  assert.equal(found.length, 5, 'the kept findings are still reported');
});
