import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LanguageService } from '../../../server/src/core/service';
import { packageRoot } from '../../../server/src/node/packageRoot';
import { hasK8sSchema, store } from './helpers';
import { schemaIdFor } from '../../../server/src/core/families';
import { nodeRuntime } from '../../../server/src/node/runtime';

interface Snippet {
  prefix: string;
  scope: string;
  body: string[];
}
const snippets = JSON.parse(readFileSync(join(packageRoot(), 'snippets', 'kubernetes.code-snippets'), 'utf8')) as Record<string, Snippet>;

/** placeholders → their defaults (the first choice), tab stops → nothing */
export function expand(body: string[]): string {
  return (
    body
      .join('\n')
      .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
      .replace(/\$\{\d+:([^}]*)\}/g, '$1')
      .replace(/\$\d+/g, '') + '\n'
  );
}

test('every Kubernetes snippet is YAML-scoped and has a unique prefix', () => {
  const prefixes = Object.values(snippets).map((s) => s.prefix);
  assert.equal(new Set(prefixes).size, prefixes.length);
  assert.ok(prefixes.length >= 8);
  for (const s of Object.values(snippets)) assert.equal(s.scope, 'yaml');
});

test('the snippets the issue asks for exist, each with its defining content', () => {
  const byPrefix = new Map(Object.values(snippets).map((s) => [s.prefix, expand(s.body)]));
  const want: [string, RegExp[]][] = [
    ['k8s-deployment-service', [/kind: Deployment/, /kind: Service/]],
    ['k8s-ingress-alb', [/ingressClassName: alb/, /target-type: ip/]],
    ['k8s-storage-ebs-gp3', [/provisioner: ebs\.csi\.aws\.com/, /type: gp3/, /kind: PersistentVolumeClaim/]],
    ['k8s-storage-efs', [/provisioner: efs\.csi\.aws\.com/, /provisioningMode: efs-ap/, /kind: PersistentVolumeClaim/]],
    ['k8s-serviceaccount-irsa', [/kind: ServiceAccount/, /eks\.amazonaws\.com\/role-arn: arn:aws:iam::\d{12}:role\//]],
    ['k8s-job-ttl', [/kind: Job/, /ttlSecondsAfterFinished: \d+/]],
    ['k8s-hpa', [/kind: HorizontalPodAutoscaler/, /scaleTargetRef:/]],
    ['eksctl-cluster', [/kind: ClusterConfig/, /managedNodeGroups:/, /fargateProfiles:/]],
  ];
  for (const [prefix, patterns] of want) {
    const text = byPrefix.get(prefix);
    assert.ok(text, `no snippet with prefix ${prefix}`);
    for (const p of patterns) assert.match(text!, p, prefix);
  }
});

for (const [name, s] of Object.entries(snippets)) {
  test(`snippet "${s.prefix}" expands to documents with no errors or warnings`, () => {
    const text = expand(s.body);
    const ls = new LanguageService({ runtime: nodeRuntime(), store });
    const uri = `file:///ws/${s.prefix}.yaml`;
    const file = ls.update(uri, text)!;
    assert.ok(file.docs.length > 0 && file.docs.every((d) => d.kind.family !== 'none'), `${name}: not recognised`);
    // the check below means something only if every document was validated against a schema
    assert.ok(hasK8sSchema(), 'the generated Kubernetes schema is missing (node esbuild.mjs makes it)');
    for (const d of file.docs) assert.ok(schemaIdFor(d.kind, store, ls.workspace), `${name}: no schema for document ${d.index}`);
    const problems = ls.diagnostics(uri).filter((f) => f.severity === 'error' || f.severity === 'warning');
    assert.deepEqual(
      problems.map((e) => `${e.severity} ${e.code}: ${e.message} @ ${JSON.stringify(text.slice(e.offset, e.offset + e.length))}`),
      [],
    );
  });
}

test('the snippet check catches a broken expansion (schema and rules are really applied)', () => {
  const ls = new LanguageService({ runtime: nodeRuntime(), store });
  const deploy = expand(snippets['Kubernetes: Deployment and Service'].body).replace('containerPort:', 'containerPorts:');
  ls.update('file:///ws/broken.yaml', deploy);
  assert.ok(ls.diagnostics('file:///ws/broken.yaml').some((f) => f.code === 'schema' && f.severity === 'error'));
  const irsa = expand(snippets['Kubernetes: ServiceAccount with an IAM role (IRSA)'].body).replace(':role/', ':user/');
  ls.update('file:///ws/irsa.yaml', irsa);
  assert.ok(ls.diagnostics('file:///ws/irsa.yaml').some((f) => f.code === 'eks/irsa-annotation'));
});
