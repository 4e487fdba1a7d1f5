/**
 * The schema-dependent paths (kind typos, apiVersion/kind completion, "the schema wants a string")
 * against a tiny stand-in for the generated Kubernetes schema, so they are tested without it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LanguageService } from '../../../server/src/core/service';
import { SchemaStore } from '../../../server/src/core/schema/store';
import { k8sRules } from '../../../server/src/core/rules/k8s/index';
import { nodeRuntime } from '../../../server/src/node/runtime';
import { memorySchemaSource } from '../memorySchemas';

const str = { type: 'string' };
const meta = {
  type: 'object',
  properties: {
    name: str,
    labels: { type: 'object', additionalProperties: str },
    annotations: { type: 'object', additionalProperties: str },
  },
};
const obj = (props: Record<string, unknown>) => ({ type: 'object', properties: { apiVersion: str, kind: str, metadata: meta, ...props } });
const schema = {
  'x-kinds': {
    'apps/v1/Deployment': 'Deployment',
    'v1/ConfigMap': 'ConfigMap',
    'networking.k8s.io/v1/Ingress': 'Ingress',
    'v1/Service': 'Service',
  },
  definitions: {
    Deployment: obj({ spec: { type: 'object', properties: { replicas: { type: 'integer' }, paused: { type: 'boolean' } } } }),
    ConfigMap: obj({ data: { type: 'object', additionalProperties: str } }),
    Ingress: obj({ spec: { type: 'object' } }),
    Service: obj({
      spec: {
        type: 'object',
        properties: {
          ports: {
            type: 'array',
            items: {
              type: 'object',
              properties: { port: { type: 'integer' }, targetPort: { anyOf: [{ type: 'integer' }, { type: 'string' }] } },
            },
          },
        },
      },
    }),
  },
};
const store = new SchemaStore(memorySchemaSource({ kubernetes: schema }));

function lint(text: string, code: string) {
  const ls = new LanguageService({ runtime: nodeRuntime(), store, rules: k8sRules });
  ls.update('file:///ws/a.yaml', text);
  return ls.diagnostics('file:///ws/a.yaml').filter((f) => f.code === code);
}

test('mini schema: a misspelt kind in a built-in group is an error; a custom group only a hint', () => {
  const f = lint('apiVersion: apps/v1\nkind: Deploymnet\nmetadata:\n  name: x\n', 'k8s/unknown-kind');
  assert.equal(f[0].severity, 'error');
  assert.match(f[0].message, /did you mean `Deployment`/);
  assert.match(
    lint('apiVersion: v1\nkind: Ingress\nmetadata:\n  name: x\n', 'k8s/unknown-kind')[0].message,
    /served by `networking\.k8s\.io\/v1`/,
  );
  const cr = lint('apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: x\n', 'k8s/unknown-kind');
  assert.equal(cr[0].severity, 'hint');
  assert.equal(lint('apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n', 'k8s/unknown-kind').length, 0);
  assert.equal(lint('apiVersion: v1\nkind: List\nitems: []\n', 'k8s/unknown-kind').length, 0);
});

test('mini schema: YAML traps follow the schema types (string maps yes, integers and int-or-string no)', () => {
  assert.equal(lint('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  A: on\n', 'k8s/yaml-boolean-string').length, 1);
  assert.equal(
    lint('apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  replicas: 010\n  paused: no\n', 'k8s/yaml-number-string')
      .length,
    0,
  );
  assert.equal(
    lint(
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  ports:\n    - port: 80\n      targetPort: 8080\n',
      'k8s/yaml-number-string',
    ).length,
    0,
  );
});

test('mini schema: apiVersion and kind completion pair up', () => {
  const ls = new LanguageService({ runtime: nodeRuntime(), store, rules: k8sRules });
  const at = (text: string) => {
    const o = text.indexOf('|');
    const t = text.slice(0, o) + text.slice(o + 1);
    ls.update('file:///ws/c.yaml', t);
    return ls.complete('file:///ws/c.yaml', o).map((i) => i.label);
  };
  assert.deepEqual(at('apiVersion: |\nkind: Deployment\n'), ['apps/v1']);
  assert.deepEqual(at('apiVersion: v1\nkind: |\n').sort(), ['ConfigMap', 'Service']);
  // a document still being written (no kind yet) is not detected, but still completes
  assert.ok(at('apiVersion: |\n').includes('networking.k8s.io/v1'));
});
