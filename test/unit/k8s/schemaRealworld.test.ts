/**
 * Schema errors on the real-world manifests of shared/realworld/{k8s,eksctl} (skipped when
 * absent, see ../realworld.ts): only the reviewed ones below. Anything new is a false error of the schema (fix the
 * generator, store, prepare or error mapping) or a genuine mistake to add here with its reason.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LanguageService } from '../../../server/src/core/service';
import { hasK8sSchema, store } from './helpers';
import { nodeRuntime } from '../../../server/src/node/runtime';
import { loadRealworldYaml, unlessRealworld } from '../realworld';

/** `file:line text`, reviewed as what kubectl / eksctl would reject too */
const GENUINE = new Set([
  // envsubst templates: `number: ${PORT}` is text where the API wants an integer until substituted
  'aws-samples/aws-do-eks/Container-Root/eks/deployment/inference/generative-ai/animeganv2/to/kubernetes/template/040-ingress.yaml:23 ${PORT_EXTERNAL}',
  'aws-samples/aws-do-eks/Container-Root/eks/deployment/inference/generative-ai/animeganv3/to/kubernetes/template/040-ingress.yaml:23 ${PORT_EXTERNAL}',
  'aws-samples/aws-do-eks/Container-Root/eks/ops/templates/ingress.yaml:17 ${service_port}',
  // (`id: vpc-xxxxxxxxxxxxxxxxx` in eks-gpu-p4de-odcr-vpc.yaml is a masked id: a placeholder hint, not an error)
]);

test(
  'real-world manifests and eksctl configs: only reviewed schema errors',
  { skip: unlessRealworld('k8s', 'eksctl') || (!hasK8sSchema() && 'the generated Kubernetes schema is missing: run `npm run build`') },
  () => {
    const ls = new LanguageService({ runtime: nodeRuntime(), store });
    const uris = loadRealworldYaml(ls, 'k8s', 'eksctl');
    const found: string[] = [];
    for (const uri of uris) {
      const file = ls.workspace.get(uri)!;
      for (const d of ls.diagnostics(uri)) {
        if (d.code !== 'schema' || d.severity !== 'error') continue;
        found.push(`${uri.slice(11)}:${file.lines.positionAt(d.offset).line + 1} ${file.text.slice(d.offset, d.offset + d.length)}`);
      }
    }
    assert.ok(uris.length > 250, `${uris.length} files`);
    assert.deepEqual(
      found.filter((x) => !GENUINE.has(x)),
      [],
      'new schema errors',
    );
    assert.deepEqual(
      [...GENUINE].filter((x) => !found.includes(x)),
      [],
      'reviewed errors no longer reported: update the list',
    );
  },
);
