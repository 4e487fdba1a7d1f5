/**
 * Kubernetes and EKS end to end over LSP: an EKS rule fed by an eksctl config in another file,
 * a cross-file rule that appears and disappears as the other file changes, a completion of names
 * from another file, and a schema error.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { TestClient, caret, type Diagnostic } from './client';

let client: TestClient;
const uri = (name: string) => `file:///virtual/k8s-rules/${name}`;
/** the text a diagnostic underlines */
const spanOf = (text: string, d: Diagnostic) => {
  const lines = text.split('\n');
  return d.range.start.line === d.range.end.line
    ? lines[d.range.start.line].slice(d.range.start.character, d.range.end.character)
    : `${lines[d.range.start.line].slice(d.range.start.character)}…`;
};

before(async () => {
  client = new TestClient();
  // no workspace folder: only the documents opened here take part
  await client.initialize();
});
after(async () => {
  await client.stop();
});

const CLUSTER = `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata:
  name: lsp-demo
  region: us-east-1
fargateProfiles:
  - name: serverless
    selectors:
      - namespace: serverless
`;

const fargateDeployment = (ns: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: agent
  namespace: ${ns}
spec:
  selector:
    matchLabels: { app: agent }
  template:
    metadata:
      labels: { app: agent }
    spec:
      hostNetwork: true
      containers:
        - name: agent
          image: public.ecr.aws/nginx/nginx:1.27
          resources:
            requests: { cpu: 100m, memory: 128Mi }
            limits: { memory: 128Mi }
          readinessProbe: { tcpSocket: { port: 80 } }
          livenessProbe: { tcpSocket: { port: 80 } }
`;

test('EKS rule: hostNetwork in a namespace a Fargate profile (from an eksctl file) selects is an error', async () => {
  const text = fargateDeployment('serverless');
  client.open(uri('cluster.eksctl.yaml'), CLUSTER);
  client.open(uri('agent.yaml'), text);
  const diags = await client.diagnostics(uri('agent.yaml'), (d) => d.some((x) => x.code === 'eks/fargate-privileged'));
  const d = diags.find((x) => x.code === 'eks/fargate-privileged')!;
  assert.equal(d.severity, 1);
  assert.equal(d.source, 'ecs-eks-architect');
  assert.equal(d.range.start.line, 12);
  assert.equal(spanOf(text, d), 'true');
  assert.match(d.message, /hostNetwork.*Fargate profile `serverless` \(cluster `lsp-demo`\)/);
  // the same workload in a namespace no profile selects is fine
  const other = fargateDeployment('nodes');
  client.open(uri('agent-nodes.yaml'), other);
  const quiet = await client.diagnostics(uri('agent-nodes.yaml'));
  assert.deepEqual(
    quiet.filter((x) => x.code.startsWith('eks/')),
    [],
  );
});

test('cross-file rule: an Ingress port missing on the Service, fixed by editing the Service file', async () => {
  const ingress = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
  namespace: cross
spec:
  ingressClassName: alb
  rules:
    - http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: orders
                port:
                  number: 8080
`;
  const service = `apiVersion: v1
kind: Service
metadata:
  name: orders
  namespace: cross
spec:
  selector: { app: orders }
  ports:
    - name: http
      port: 80
`;
  client.open(uri('svc.yaml'), service);
  client.open(uri('ingress.yaml'), ingress);
  const diags = await client.diagnostics(uri('ingress.yaml'), (d) => d.some((x) => x.code === 'k8s/ingress-backend-missing'));
  const d = diags.find((x) => x.code === 'k8s/ingress-backend-missing')!;
  assert.equal(d.severity, 2);
  assert.equal(spanOf(ingress, d), '8080');
  assert.match(d.message, /Service `orders` has no port 8080; its ports: http \(80\)/);
  // change the Service's port in the other file: the Ingress's warning goes away without touching it
  client.change(uri('svc.yaml'), { start: { line: 9, character: 12 }, end: { line: 9, character: 14 } }, '8080');
  await client.diagnostics(uri('ingress.yaml'), (x) => !x.some((y) => y.code === 'k8s/ingress-backend-missing'));
});

test('workspace-value completion: ConfigMap and Secret names from another file, same namespace only', async () => {
  client.open(
    uri('config.yaml'),
    `apiVersion: v1
kind: ConfigMap
metadata:
  name: orders-config
  namespace: cross
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: billing-config
  namespace: billing
---
apiVersion: v1
kind: Secret
metadata:
  name: orders-db
  namespace: cross
`,
  );
  const pod = caret(`apiVersion: v1
kind: Pod
metadata:
  name: orders
  namespace: cross
spec:
  containers:
    - name: app
      image: public.ecr.aws/nginx/nginx:1.27
      envFrom:
        - configMapRef:
            name: |
`);
  client.open(uri('pod.yaml'), pod.text);
  await client.diagnostics(uri('pod.yaml'));
  const res = await client.request<{ items: { label: string; textEdit?: { newText: string } }[] } | null>('textDocument/completion', {
    textDocument: { uri: uri('pod.yaml') },
    position: { line: pod.line, character: pod.character },
  });
  const labels = res?.items.map((i) => i.label) ?? [];
  assert.ok(labels.includes('orders-config'), labels.join(','));
  assert.ok(!labels.includes('billing-config'), 'a ConfigMap of another namespace is not offered');
  assert.ok(!labels.includes('orders-db'), 'a Secret is not offered for a configMapRef');
});

test('schema error: a misspelt field in a built-in kind (strict mode)', async () => {
  const text = `apiVersion: v1
kind: Service
metadata:
  name: typo
spec:
  selector: { app: orders }
  poarts:
    - port: 80
`;
  client.open(uri('typo.yaml'), text);
  const diags = await client.diagnostics(uri('typo.yaml'), (d) => d.some((x) => x.code === 'schema'));
  const d = diags.find((x) => x.code === 'schema')!;
  assert.equal(d.severity, 1);
  assert.equal(spanOf(text, d), 'poarts');
  assert.match(d.message, /ports/);
});
