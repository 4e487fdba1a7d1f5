/**
 * The parsers behind the API-server rules (names, quantities, cron schedules, time zones) and
 * the false alarms they must not raise on documents the API server accepts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  dnsLabelProblem,
  dnsSubdomainProblem,
  labelValueProblem,
  portNameProblem,
  qualifiedNameProblem,
} from '../../../../server/src/core/k8s/validation/names';
import { parseQuantity } from '../../../../server/src/core/k8s/validation/quantity';
import { cronProblem, timeZoneProblem } from '../../../../server/src/core/k8s/validation/cron';
import { instanceTypeProblem } from '../../../../server/src/core/rules/eksctl/instanceType';
import { deployment, run, service } from '../helpers';

test('names: DNS labels and subdomains, qualified keys, label values, IANA port names', () => {
  assert.equal(dnsLabelProblem('team-a'), undefined);
  assert.ok(dnsLabelProblem('team.a'));
  assert.ok(dnsLabelProblem('a'.repeat(64)));
  assert.equal(dnsSubdomainProblem('web.v2'), undefined);
  assert.ok(dnsSubdomainProblem('Web'));
  assert.equal(qualifiedNameProblem('app.kubernetes.io/name'), undefined);
  assert.equal(qualifiedNameProblem('Team_Name'), undefined);
  assert.ok(qualifiedNameProblem('a/b/c'));
  assert.ok(qualifiedNameProblem('Example.COM/x'));
  assert.equal(labelValueProblem(''), undefined);
  assert.ok(labelValueProblem('-x'));
  assert.equal(portNameProblem('http-metrics'), undefined);
  assert.ok(portNameProblem('8080'));
  assert.ok(portNameProblem('http--x'));
  assert.ok(portNameProblem('a-very-long-port-name'));
});

test('quantities parse as apimachinery reads them', () => {
  assert.equal(parseQuantity('500m'), 0.5);
  assert.equal(parseQuantity('1Gi'), 2 ** 30);
  assert.equal(parseQuantity('1e3'), 1000);
  assert.equal(parseQuantity('1E'), 1e18);
  assert.equal(parseQuantity(2), 2);
  assert.equal(parseQuantity('.5'), 0.5);
  for (const bad of ['512MB', '1 Gi', '1K', 'one', '', '1Gib']) assert.equal(parseQuantity(bad), undefined, bad);
});

test('cron schedules and time zones as the API server reads them', () => {
  for (const ok of [
    '*/5 * * * *',
    '0 3 * * MON-FRI',
    '@hourly',
    '@every 90m',
    '0 0 1 JAN,JUL ?',
    '15 2-4/1 * * 0',
    'CRON_TZ=UTC 0 * * * *',
  ])
    assert.equal(cronProblem(ok), undefined, ok);
  for (const bad of ['* * * *', '0 24 * * *', '0 0 0 * *', '0 0 * * 7', '@often', '*/0 * * * *', '5-1 * * * *'])
    assert.ok(cronProblem(bad), bad);
  assert.equal(timeZoneProblem('Europe/Paris'), undefined);
  assert.equal(timeZoneProblem('Etc/UTC'), undefined);
  assert.ok(timeZoneProblem('Europe/Pariss'));
  assert.ok(timeZoneProblem('Local'));
  assert.match(timeZoneProblem('europe/paris') ?? '', /Europe\/Paris/);
});

test('instance types in the form EC2 names them', () => {
  for (const ok of ['m5.large', 'p4d.24xlarge', 'm7i.metal-24xl', 'u-6tb1.metal', 't4g.nano', 'mac2-m2pro.metal'])
    assert.equal(instanceTypeProblem(ok), undefined, ok);
  for (const bad of ['m5-large', 'M5.large', 'large', 'm5.huge', 'xl.large']) assert.ok(instanceTypeProblem(bad), bad);
});

test('no false alarms: claim templates are volumes, an empty namespace is unset, numbers of the default spelling pass', () => {
  const sts = `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\n  namespace: ""\nspec:\n  serviceName: db\n  selector:\n    matchLabels: { app: db }\n  template:\n    metadata:\n      labels: { app: db }\n    spec:\n      containers:\n        - name: db\n          image: postgres:16\n          volumeMounts:\n            - { name: data, mountPath: /var/lib/postgresql }\n  volumeClaimTemplates:\n    - metadata: { name: data }\n      spec:\n        accessModes: [ReadWriteOnce]\n        resources: { requests: { storage: 10Gi } }\n`;
  const codes = service({ 'a.yaml': sts })
    .diagnostics('file:///ws/a.yaml')
    .filter((d) => d.severity === 'error')
    .map((d) => `${d.code}: ${d.message}`);
  assert.deepEqual(codes, []);
  // a probe with periodSeconds 0 is defaulted to 10, not refused
  assert.deepEqual(
    run(
      'k8s/probe-values',
      deployment({
        podSpec:
          '      containers:\n        - name: a\n          image: nginx:1.27\n          readinessProbe: { tcpSocket: { port: 80 }, periodSeconds: 0, successThreshold: 3 }',
      }),
    ),
    [],
  );
  // a named targetPort and an ALB path with a wildcard under ImplementationSpecific
  assert.deepEqual(
    run(
      'k8s/service-ports',
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n    - { port: 80, targetPort: http }\n',
    ),
    [],
  );
  assert.deepEqual(
    run(
      'k8s/ingress-paths',
      'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: i\nspec:\n  rules:\n    - host: "*.example.com"\n      http:\n        paths:\n          - path: /*\n            pathType: ImplementationSpecific\n            backend: { service: { name: web, port: { name: http } } }\n',
    ),
    [],
  );
});

test('quick fixes: successThreshold to 1, pathType added in block style, restartPolicy for a Job', () => {
  const ing =
    'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: i\nspec:\n  rules:\n    - http:\n        paths:\n          - path: /api\n            backend: { service: { name: web, port: { number: 80 } } }\n';
  const [f] = run('k8s/ingress-paths', ing);
  const edit = f.fixes![0].edits[0];
  const fixedText = ing.slice(0, edit.offset) + edit.newText + ing.slice(edit.offset + edit.length);
  assert.match(fixedText, /- pathType: Prefix\n {12}path: \/api/);
  assert.deepEqual(run('k8s/ingress-paths', fixedText), []);
  const job =
    'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: j\nspec:\n  template:\n    spec:\n      restartPolicy: Always\n      containers:\n        - { name: a, image: "busybox:1.36" }\n';
  const [j] = run('k8s/job-values', job);
  assert.deepEqual(
    j.fixes!.map((x) => x.title),
    ['Change to "OnFailure"', 'Change to "Never"'],
  );
  assert.match(run('k8s/job-values', job.replace('      restartPolicy: Always\n', ''))[0].message, /restartPolicy: OnFailure/);
});
