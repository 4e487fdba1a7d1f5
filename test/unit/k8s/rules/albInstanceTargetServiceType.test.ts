import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deployment, eksctl, run, spanOf } from '../helpers';

const ingress = (ann = '') => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
  annotations:
    alb.ingress.kubernetes.io/scheme: internet-facing
${ann}spec:
  ingressClassName: alb
  rules:
    - http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: web
                port: { number: 80 }
`;
const svc = (type = '', ann = '') =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n${ann ? `  annotations:\n${ann}` : ''}spec:\n${type ? `  type: ${type}\n` : ''}  selector: { app: web }\n  ports: [{ port: 80 }]\n`;

test('eks/alb-instance-target-service-type: default instance targets in front of a ClusterIP Service', () => {
  const text = ingress();
  const f = run('eks/alb-instance-target-service-type', { 'ing.yaml': text, 'svc.yaml': svc() });
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'warning');
  assert.equal(spanOf(text, f[0]), 'web');
  assert.match(f[0].message, /ClusterIP \(the default type\).*instance targets \(the default\).*target-type: ip/);
  const explicit = run('eks/alb-instance-target-service-type', {
    'ing.yaml': ingress('    alb.ingress.kubernetes.io/target-type: instance\n'),
    'svc.yaml': svc('ClusterIP'),
  });
  assert.match(explicit[0].message, /is ClusterIP, but this ALB uses instance targets, which/);
});

test('eks/alb-instance-target-service-type: silent for ip targets, NodePort/LoadBalancer Services, unknown Services and other controllers', () => {
  const none = (files: Record<string, string>) => assert.deepEqual(run('eks/alb-instance-target-service-type', files), []);
  none({ 'ing.yaml': ingress('    alb.ingress.kubernetes.io/target-type: ip\n'), 'svc.yaml': svc() });
  none({ 'ing.yaml': ingress(), 'svc.yaml': svc('NodePort') });
  none({ 'ing.yaml': ingress(), 'svc.yaml': svc('LoadBalancer') });
  // the Service picks ip for itself
  none({ 'ing.yaml': ingress(), 'svc.yaml': svc('', '    alb.ingress.kubernetes.io/target-type: ip\n') });
  none({ 'ing.yaml': ingress() });
  none({
    'ing.yaml': ingress()
      .replace('ingressClassName: alb', 'ingressClassName: nginx')
      .replace(/ {4}alb\.ingress.*\n/, ''),
    'svc.yaml': svc(),
  });
  // pods on Fargate: eks/fargate-lb-target-type reports it instead
  none({
    'ing.yaml': ingress(),
    'svc.yaml': svc(),
    'dep.yaml': deployment(),
    'cluster.yaml': eksctl('  - name: fp\n    selectors:\n      - namespace: default'),
  });
});
