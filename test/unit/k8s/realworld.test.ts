/**
 * The real-world manifests of shared/realworld/{k8s,eksctl} (skipped when absent, see ../realworld.ts): every
 * error is listed with K8S_REALWORLD_PRINT=1; errors from our rules and the parser must be the
 * reviewed, genuine ones below (anything new is a false positive to fix, or a finding to review).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LanguageService } from '../../../server/src/core/service';
import { store } from './helpers';
import { nodeRuntime } from '../../../server/src/node/runtime';
import { loadRealworldYaml, unlessRealworld } from '../realworld';

const CROSS_FILE_WARNINGS = new Set([
  'k8s/service-selects-nothing',
  'k8s/ingress-backend-missing',
  'k8s/hpa-target-missing',
  'k8s/pvc-storageclass-missing',
]);

const CLUSTER_VERSION = 'eks/cluster-version-support';

/** file:code of errors reviewed as genuine mistakes in the upstream files */
const GENUINE = new Set([
  // two values for CARTS_DYNAMODB_CREATETABLE: one is silently lost
  'aws-containers/retail-store-sample-app/dist/kubernetes/deploy.yaml:duplicate-key',
  // annotation value `false` unquoted: annotations must be strings, kubectl rejects the boolean
  'aws-samples/eksctl-cluster-provision/examples/cluster-creation/manifests/07-kubernetes-dashboard/kubernetes-dashboard-service.yaml:k8s/yaml-boolean-string',
  'aws-samples/eksctl-cluster-provision/examples/java-application-example/kubernetes/03-service.yaml:k8s/yaml-boolean-string',
]);

test(
  'real-world Kubernetes and eksctl files: only reviewed errors from rules and parser',
  { skip: unlessRealworld('k8s', 'eksctl') },
  () => {
    const ls = new LanguageService({ runtime: nodeRuntime(), store });
    const uris = loadRealworldYaml(ls, 'k8s', 'eksctl');
    const lines: string[] = [];
    const unexpected: string[] = [];
    const perRule = new Map<string, number>();
    const crossFileWarnings: string[] = [];
    for (const uri of uris) {
      const file = ls.workspace.get(uri)!;
      for (const d of ls.diagnostics(uri)) {
        perRule.set(`${d.code} ${d.severity}`, (perRule.get(`${d.code} ${d.severity}`) ?? 0) + 1);
        // cross-file and EKS warnings claim something about other files: none is reviewed as genuine here
        // (the cluster's own version against the EKS calendar is about the file alone: old configs are genuinely out of support)
        if (d.severity === 'warning' && (CROSS_FILE_WARNINGS.has(d.code) || (d.code.startsWith('eks/') && d.code !== CLUSTER_VERSION)))
          crossFileWarnings.push(`${uri.slice(11)}  ${d.code}  ${d.message}`);
        if (d.severity !== 'error') continue;
        const pos = file.lines.positionAt(d.offset);
        const line = `${uri.slice(11)}:${pos.line + 1}  ${d.code}  ${file.text.slice(d.offset, d.offset + Math.min(d.length, 40)).replace(/\s+/g, ' ')}  — ${d.message}`;
        lines.push(line);
        // removed APIs are genuine for any cluster from that release on (older manifests are common)
        if (d.code !== 'schema' && d.code !== 'k8s/removed-api' && !GENUINE.has(`${uri.slice(11)}:${d.code}`)) unexpected.push(line);
      }
    }
    if (process.env.K8S_REALWORLD_PRINT === '1') {
      console.log(`${lines.length} errors in ${uris.length} files\n${lines.join('\n')}`);
      console.log(
        [...perRule]
          .sort()
          .map(([k, n]) => `${String(n).padStart(4)}  ${k}`)
          .join('\n'),
      );
    }
    assert.ok(uris.length > 0);
    assert.deepEqual(unexpected, []);
    assert.deepEqual(crossFileWarnings, []);
  },
);
