/**
 * Kubernetes and EKS in a real VS Code: an EKS rule fed by an eksctl ClusterConfig in another
 * file, a cross-file rule between two manifests, a completion of a name defined in another file,
 * and a schema error in strict mode.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { closeAllEditors, completionLabels, openFile, ourDiagnostics, serverReady, showDiagnostics, waitFor, writeTemp } from './helpers';

/** opens temp files (the first one last, so it is the active editor) and returns the first's document */
async function openAll(files: Record<string, string>): Promise<{ doc: vscode.TextDocument; offset: number }> {
  const entries = Object.entries(files);
  for (const [name, text] of entries.slice(1)) await openFile(writeTemp(name, text).file);
  const { file, offset } = writeTemp(entries[0][0], entries[0][1]);
  const { document: doc } = await openFile(file);
  return { doc, offset };
}

/** waits for one of our diagnostics with `code` on `doc` */
function diagnosticWithCode(doc: vscode.TextDocument, code: string): Promise<vscode.Diagnostic> {
  return waitFor(
    () => ourDiagnostics(doc.uri).find((d) => String(typeof d.code === 'object' ? d.code.value : d.code) === code),
    `a ${code} diagnostic on ${path.basename(doc.uri.fsPath)}`,
    30_000,
    () => showDiagnostics(vscode.languages.getDiagnostics(doc.uri)),
  );
}

const CLUSTER = `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata:
  name: vsc-demo
  region: us-east-1
fargateProfiles:
  - name: vsc-serverless
    selectors:
      - namespace: vsc-serverless
`;

suite('kubernetes', () => {
  suiteSetup(serverReady);
  suiteTeardown(closeAllEditors);

  test('EKS rule: a privileged container on Fargate, from the profile in an eksctl file', async () => {
    const { doc } = await openAll({
      'k8s-privileged-job.yaml': `apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
  namespace: vsc-serverless
spec:
  ttlSecondsAfterFinished: 300
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: migrate
          image: public.ecr.aws/docker/library/busybox:1.36
          securityContext:
            privileged: true
`,
      'k8s-cluster.eksctl.yaml': CLUSTER,
    });
    const d = await diagnosticWithCode(doc, 'eks/fargate-privileged');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(doc.getText(d.range), 'true');
    assert.equal(d.range.start.line, 14);
    assert.match(d.message, /Fargate profile `vsc-serverless` \(cluster `vsc-demo`\)/);
  });

  test('cross-file rule: a Service whose selector matches no workload of its namespace', async () => {
    const { doc } = await openAll({
      'k8s-orders-svc.yaml': `apiVersion: v1
kind: Service
metadata:
  name: orders
  namespace: vsc-cross
spec:
  selector:
    app: order
  ports:
    - port: 80
`,
      'k8s-orders-deploy.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
  namespace: vsc-cross
spec:
  selector:
    matchLabels: { app: orders }
  template:
    metadata:
      labels: { app: orders }
    spec:
      containers:
        - name: orders
          image: public.ecr.aws/nginx/nginx:1.27
`,
    });
    const d = await diagnosticWithCode(doc, 'k8s/service-selects-nothing');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(doc.getText(d.range), 'selector');
    assert.match(d.message, /app=order/);
    assert.match(d.message, /Closest template labels: app=orders/);
    // fix the selector in the editor: the warning goes away
    const editor = await vscode.window.showTextDocument(doc);
    const at = doc.getText().indexOf('app: order\n') + 'app: order'.length;
    await editor.edit((e) => e.insert(doc.positionAt(at), 's'));
    await waitFor(
      () =>
        !ourDiagnostics(doc.uri).some((x) => String(typeof x.code === 'object' ? x.code.value : x.code) === 'k8s/service-selects-nothing'),
      'the service-selects-nothing warning to go away after the fix',
      30_000,
      () => showDiagnostics(vscode.languages.getDiagnostics(doc.uri)),
    );
  });

  test('workspace-value completion: a PVC name from another file in a volume claim', async () => {
    const { doc, offset } = await openAll({
      'k8s-media-pod.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: media
  namespace: vsc-complete
spec:
  containers:
    - name: app
      image: public.ecr.aws/nginx/nginx:1.27
  volumes:
    - name: media
      persistentVolumeClaim:
        claimName: ‸
`,
      'k8s-media-pvc.yaml': `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: media-files
  namespace: vsc-complete
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 5Gi
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: other-team-files
  namespace: vsc-elsewhere
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 5Gi
`,
    });
    const pos = doc.positionAt(offset);
    let last: string[] = [];
    const labels = await waitFor(
      async () => {
        last = await completionLabels(doc.uri, pos);
        return last.includes('media-files') && last;
      },
      'the claim name media-files in the completion list',
      20_000,
      () => last.slice(0, 40).join(', ') || '(none)',
    );
    assert.ok(!labels.includes('other-team-files'), 'a claim of another namespace was offered');
  });

  test('schema error: a misspelt field of a built-in kind', async () => {
    const { doc } = await openAll({
      'k8s-typo-svc.yaml': `apiVersion: v1
kind: Service
metadata:
  name: typo
spec:
  selector: { app: typo }
  poarts:
    - port: 80
`,
    });
    const d = await diagnosticWithCode(doc, 'schema');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(doc.getText(d.range), 'poarts');
  });
});
