import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixed, run, service, spanOf } from '../helpers';

const cm = (data: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  labels:\n    enabled: yes\ndata:\n${data}`;

test('k8s/yaml-boolean-string: plain yes/on/n where a string is wanted, with a quoting fix', () => {
  const text = cm('  FEATURE: on\n  NAME: plain\n');
  const f = run('k8s/yaml-boolean-string', text);
  assert.deepEqual(
    f.map((x) => spanOf(text, x)),
    ['yes', 'on'],
  );
  assert.equal(f[0].severity, 'warning');
  assert.match(f[0].message, /boolean true/);
  assert.equal(fixed(text, f[1]), cm('  FEATURE: "on"\n  NAME: plain\n'));
});

test('k8s/yaml-boolean-string: `true` in env value is an error and replaces the schema type error', () => {
  const text = `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
    - name: a
      image: nginx:1
      env:
        - name: DEBUG
          value: true
`;
  const all = service({ 'p.yaml': text }).diagnostics('file:///ws/p.yaml');
  const trap = all.filter((x) => x.code === 'k8s/yaml-boolean-string');
  assert.equal(trap.length, 1);
  assert.equal(trap[0].severity, 'error');
  assert.equal(all.filter((x) => x.code === 'schema' && x.offset === trap[0].offset).length, 0);
});

test('k8s/yaml-number-string: 0755, 08, 1e3 and 1.10 in string fields', () => {
  const text = cm('  MODE: 0755\n  DAY: 08\n  SIZE: 1e3\n  VERSION: 1.10\n  QUOTED: "1.10"\n');
  const f = run('k8s/yaml-number-string', text);
  assert.deepEqual(
    f.map((x) => spanOf(text, x)),
    ['0755', '08', '1e3', '1.10'],
  );
  assert.match(f[0].message, /493 \(octal\)/);
  assert.equal(fixed(text, f[3]).includes('VERSION: "1.10"'), true);
});

test('YAML traps: silent where numbers or booleans are wanted, on quoted values, and in templated docs', () => {
  const text = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: d
  labels:
    tier: "yes"
spec:
  replicas: 08
  paused: no
  selector:
    matchLabels: { app: d }
  template:
    metadata:
      labels: { app: d }
    spec:
      hostNetwork: true
      containers:
        - name: a
          image: nginx:1
          ports:
            - containerPort: 80
`;
  assert.equal(run('k8s/yaml-boolean-string', text).length, 0);
  assert.equal(run('k8s/yaml-number-string', text).length, 0);
  assert.equal(
    run('k8s/yaml-boolean-string', {
      'templates/x.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Values.n }}\ndata:\n  a: yes\n',
    }).length,
    0,
  );
});
