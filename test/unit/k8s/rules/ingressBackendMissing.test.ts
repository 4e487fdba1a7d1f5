import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, spanOf } from '../helpers';

const ing = (name: string, port: string) => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: i
spec:
  ingressClassName: alb
  rules:
    - http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: ${name}
                port:
                  ${port}
`;
const svc =
  'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector: { app: web }\n  ports:\n    - name: http\n      port: 80\n';

test('k8s/ingress-backend-missing: port not on the Service is a warning', () => {
  const text = ing('web', 'number: 8080');
  const f = run('k8s/ingress-backend-missing', { 'ing.yaml': text, 'svc.yaml': svc });
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'warning');
  assert.equal(spanOf(text, f[0]), '8080');
  assert.match(f[0].message, /http \(80\)/);
  assert.equal(run('k8s/ingress-backend-missing', { 'ing.yaml': ing('web', 'name: https'), 'svc.yaml': svc }).length, 1);
});

test('k8s/ingress-backend-missing: absent Service is a hint', () => {
  const f = run('k8s/ingress-backend-missing', { 'ing.yaml': ing('api', 'number: 80'), 'svc.yaml': svc });
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'hint');
});

test('k8s/ingress-backend-missing: silent when Service and port exist', () => {
  assert.equal(run('k8s/ingress-backend-missing', { 'ing.yaml': ing('web', 'number: 80'), 'svc.yaml': svc }).length, 0);
  assert.equal(run('k8s/ingress-backend-missing', { 'ing.yaml': ing('web', 'name: http'), 'svc.yaml': svc }).length, 0);
});
