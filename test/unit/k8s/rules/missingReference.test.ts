import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deployment, run } from '../helpers';

const podSpec = `      serviceAccountName: app-sa
      containers:
        - name: app
          image: nginx:1.27
          envFrom:
            - configMapRef: { name: app-config }
          env:
            - name: PASSWORD
              valueFrom:
                secretKeyRef: { name: db, key: password }
            - name: OPT
              valueFrom:
                configMapKeyRef: { name: maybe, key: x, optional: true }
      volumes:
        - name: v
          secret: { secretName: tls }`;

test('k8s/missing-reference: hints for each ServiceAccount, ConfigMap and Secret not in the workspace', () => {
  const f = run('k8s/missing-reference', deployment({ podSpec }));
  assert.deepEqual(
    f.map((x) => /^(\w+) `([^`]+)`/.exec(x.message)!.slice(1, 3).join(':')),
    ['ServiceAccount:app-sa', 'Secret:tls', 'Secret:db', 'ConfigMap:app-config'],
  );
  assert.ok(f.every((x) => x.severity === 'hint'));
});

test('k8s/missing-reference: silent when they exist', () => {
  const others = {
    'sa.yaml': 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: app-sa\n',
    'cm.yaml':
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: db\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: tls\n',
  };
  assert.equal(run('k8s/missing-reference', { 'dep.yaml': deployment({ podSpec }), ...others }).length, 0);
});
