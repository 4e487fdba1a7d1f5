import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, spanOf } from '../helpers';

const ing = (ann: string) =>
  `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: i\n  annotations:\n${ann}spec:\n  ingressClassName: alb\n`;
const svc = (ann: string) =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n  annotations:\n${ann}spec:\n  type: LoadBalancer\n  ports:\n    - port: 80\n`;

test('eks/alb-annotations: bad values are errors', () => {
  const text = ing(`    alb.ingress.kubernetes.io/target-type: pod
    alb.ingress.kubernetes.io/scheme: public
    alb.ingress.kubernetes.io/listen-ports: '[{"HTTP": 80}, {"HTTPS": "443"}]'
    alb.ingress.kubernetes.io/healthcheck-port: http
    alb.ingress.kubernetes.io/healthcheck-interval-seconds: "400"
`);
  const f = run('eks/alb-annotations', text);
  assert.deepEqual(
    f.map((x) => spanOf(text, x).replace(/^'.*'$/, 'JSON')),
    ['pod', 'public', 'JSON', 'http', '"400"'],
  );
  assert.ok(f.every((x) => x.severity === 'error'));
  assert.match(f[2].message, /HTTPS/);
});

test('eks/alb-annotations: unknown keys are warnings with a rename fix', () => {
  const f = run('eks/alb-annotations', ing('    alb.ingress.kubernetes.io/target_type: ip\n'));
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'warning');
  assert.equal(f[0].fixes?.[0].edits[0].newText, 'alb.ingress.kubernetes.io/target-type');
});

test('eks/alb-annotations: valid annotations and named actions pass', () => {
  const text = ing(`    alb.ingress.kubernetes.io/target-type: ip
    alb.ingress.kubernetes.io/scheme: internet-facing
    alb.ingress.kubernetes.io/listen-ports: '[{"HTTP": 80}, {"HTTPS": 443}]'
    alb.ingress.kubernetes.io/healthcheck-port: traffic-port
    alb.ingress.kubernetes.io/ssl-redirect: "443"
    alb.ingress.kubernetes.io/certificate-arn: arn:aws:acm:us-east-1:123456789012:certificate/abc
    alb.ingress.kubernetes.io/actions.response-503: '{"type":"fixed-response"}'
    alb.ingress.kubernetes.io/group.name: shared
`);
  assert.equal(run('eks/alb-annotations', text).length, 0);
});

test('eks/nlb-annotations: type and target type values; unknown key', () => {
  const text = svc(`    service.beta.kubernetes.io/aws-load-balancer-type: alb
    service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: pod
    service.beta.kubernetes.io/aws-load-balancer-shceme: internal
`);
  const f = run('eks/nlb-annotations', text);
  assert.deepEqual(
    f.map((x) => spanOf(text, x)),
    ['alb', 'pod', 'service.beta.kubernetes.io/aws-load-balancer-shceme'],
  );
  assert.equal(
    run(
      'eks/nlb-annotations',
      svc(
        '    service.beta.kubernetes.io/aws-load-balancer-type: external\n    service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: ip\n    service.beta.kubernetes.io/aws-load-balancer-scheme: internet-facing\n',
      ),
    ).length,
    0,
  );
});

test('eks/nlb-annotations: in-tree Classic Load Balancer keys and per-listener attributes are known', () => {
  const text = svc(`    service.beta.kubernetes.io/aws-load-balancer-connection-draining-enabled: "true"
    service.beta.kubernetes.io/aws-load-balancer-connection-draining-timeout: "60"
    service.beta.kubernetes.io/aws-load-balancer-access-log-s3-bucket-name: my-logs
    service.beta.kubernetes.io/aws-load-balancer-extra-security-groups: sg-0123456789abcdef0
    service.beta.kubernetes.io/aws-load-balancer-listener-attributes.TCP-80: tcp.idle_timeout.seconds=400
`);
  assert.deepEqual(run('eks/nlb-annotations', text), []);
  const bad = run('eks/nlb-annotations', svc('    service.beta.kubernetes.io/aws-load-balancer-connection-draining-enabled: yes please\n'));
  assert.equal(bad.length, 1);
  assert.match(bad[0].message, /"true" or "false"/);
});
