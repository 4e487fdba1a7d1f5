import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LanguageService } from '../../../server/src/core/service';
import { SchemaStore } from '../../../server/src/core/schema/store';
import { nodeRuntime } from '../../../server/src/node/runtime';
import { memorySchemaSource } from '../memorySchemas';

/** A tiny task-definition schema in memory, so these tests do not depend on the real one. */
function tinyStore(): SchemaStore {
  return new SchemaStore(
    memorySchemaSource({
      bundled: [
        {
          $id: 'https://ecs-eks-architect.local/schemas/ecs/task-definition.schema.json',
          type: 'object',
          required: ['family', 'containerDefinitions'],
          additionalProperties: false,
          properties: {
            family: { type: 'string', description: 'Name of the task definition family.', 'x-doc-url': 'https://docs.aws.amazon.com/x' },
            networkMode: { enum: ['bridge', 'host', 'awsvpc', 'none'], default: 'bridge' },
            cpu: { type: ['string', 'integer'] },
            containerDefinitions: { type: 'array', items: { $ref: '#/definitions/container' } },
          },
          definitions: {
            container: {
              type: 'object',
              additionalProperties: false,
              properties: {
                name: { type: 'string' },
                image: { type: 'string' },
                essential: { type: 'boolean' },
                portMappings: {
                  type: 'array',
                  items: { type: 'object', properties: { containerPort: { type: 'integer', minimum: 0, maximum: 65535 } } },
                },
              },
            },
          },
        },
      ],
    }),
  );
}

const svc = () => new LanguageService({ runtime: nodeRuntime(), store: tinyStore() });
const slice = (text: string, f: { offset: number; length: number }) => text.slice(f.offset, f.length + f.offset);

test('schema errors land on the exact value or key, in our words', () => {
  const s = svc();
  const text =
    '{"family": 1, "networkMode": "awsvcp", "containerDefinitions": [{"name": "a", "imgae": "x", "portMappings": [{"containerPort": "80"}]}]}';
  s.update('file:///t/task-definition.json', text);
  const d = s.diagnostics('file:///t/task-definition.json');
  const byText = new Map(d.map((f) => [slice(text, f), f]));
  assert.match(byText.get('1')!.message, /`family` must be a string, not an integer/);
  assert.match(byText.get('"awsvcp"')!.message, /Did you mean "awsvpc"/);
  assert.equal(byText.get('"awsvcp"')!.fixes![0].edits[0].newText, '"awsvpc"');
  assert.match(byText.get('"imgae"')!.message, /did you mean `image`/);
  assert.match(byText.get('"80"')!.message, /`containerPort` must be an integer/);
});

test('a missing required field is reported on the parent key', () => {
  const s = svc();
  const text = '{"taskDefinition": {"family": "x", "containerDefinitions": [], "revision": 3}}';
  s.update('file:///t/describe.json', text);
  const d = s.diagnostics('file:///t/describe.json');
  // the wrapped describe output is validated as its inner object: revision is unknown to this tiny schema
  assert.ok(
    d.some((f) => slice(text, f) === '"revision"'),
    JSON.stringify(d),
  );
});

test('rule settings turn findings off or re-level them', () => {
  const s = new LanguageService({ runtime: nodeRuntime(), store: tinyStore(), settings: { rules: { schema: 'warning' } } });
  s.update('file:///t/task-definition.json', '{"family": 1, "containerDefinitions": []}');
  assert.ok(s.diagnostics('file:///t/task-definition.json').every((f) => f.severity === 'warning'));
  s.settings.rules.schema = 'off';
  assert.deepEqual(s.diagnostics('file:///t/task-definition.json'), []);
});

test('files that are not ours get nothing, even when broken', () => {
  const s = svc();
  for (const [uri, text] of [
    ['file:///t/package.json', '{"name": "x", "version": 1,'],
    ['file:///t/.github/workflows/ci.yml', 'on: [push]\njobs:\n  a:\n    runs-on: x\n'],
    ['file:///t/docker-compose.yml', 'services:\n  web:\n    image: nginx\n'],
  ]) {
    s.update(uri, text);
    assert.deepEqual(s.diagnostics(uri), [], uri);
    assert.deepEqual(s.complete(uri, 3), [], uri);
    assert.equal(s.hover(uri, 3), undefined, uri);
  }
});

test('completion: keys not yet present, with skeletons; enum values; hover text', () => {
  const s = svc();
  const text = '{"family": "x", "networkMode": "", "containerDefinitions": [{"name": "a", }]}';
  s.update('file:///t/task-definition.json', text);
  const keys = s.complete('file:///t/task-definition.json', text.indexOf('}]'));
  const labels = keys.map((k) => k.label);
  assert.deepEqual(labels.sort(), ['essential', 'image', 'portMappings']);
  assert.equal(keys.find((k) => k.label === 'essential')!.insertText, '"essential": ${1|true,false|}');
  const vals = s.complete('file:///t/task-definition.json', text.indexOf('""') + 1).map((k) => k.label);
  assert.deepEqual(vals.sort(), ['awsvpc', 'bridge', 'host', 'none']);
  const h = s.hover('file:///t/task-definition.json', 3)!;
  assert.match(h.markdown, /Name of the task definition family/);
  assert.match(h.markdown, /\[AWS documentation\]\(https:\/\/docs\.aws\.amazon\.com\/x\)/);
});

test('a rule that throws is skipped and reported once; the schema check still runs', () => {
  const errors: string[] = [];
  const boom = {
    id: 'test/boom',
    severity: 'error' as const,
    description: 'throws',
    appliesTo: () => true,
    check: () => {
      throw new Error('boom');
    },
  };
  const fine = {
    id: 'test/fine',
    severity: 'warning' as const,
    description: 'reports',
    appliesTo: () => true,
    check: () => [{ offset: 0, length: 1, message: 'still here' }],
  };
  const s = new LanguageService({ runtime: nodeRuntime(), store: tinyStore(), onRuleError: (id) => errors.push(id), rules: [boom, fine] });
  s.update('file:///t/task-definition.json', '{"family": 1, "containerDefinitions": []}');
  const d = s.diagnostics('file:///t/task-definition.json');
  assert.ok(d.some((f) => f.code === 'schema'));
  assert.ok(d.some((f) => f.code === 'test/fine' && f.severity === 'warning'));
  assert.deepEqual(errors, ['test/boom']);
});

test('a value of the wrong type is reported once, not also as "not one of" its allowed values', () => {
  const schema = {
    $id: 'https://ecs-eks-architect.local/schemas/ecs/task-definition.schema.json',
    type: 'object',
    properties: {
      family: { type: 'string' },
      ipcMode: { type: 'string', enum: ['host', 'task', 'none'] },
      containerDefinitions: { type: 'array' },
    },
  };
  const s = new LanguageService({ runtime: nodeRuntime(), store: new SchemaStore(memorySchemaSource({ bundled: [schema] })) });
  const text = '{"family": "f", "ipcMode": 42, "containerDefinitions": []}';
  s.update('file:///t/task-definition.json', text);
  const onValue = s.diagnostics('file:///t/task-definition.json').filter((f) => slice(text, f) === '42');
  assert.deepEqual(
    onValue.map((f) => f.message),
    ['`ipcMode` must be a string, not an integer.'],
  );
});

test('an empty key says it is empty instead of quoting a blank name', () => {
  const s = svc();
  const text = '{"family": "f", "": 1, "containerDefinitions": []}';
  s.update('file:///t/task-definition.json', text);
  const d = s.diagnostics('file:///t/task-definition.json').filter((f) => f.code === 'schema');
  assert.deepEqual(
    d.map((f) => f.message),
    ['Empty field name: type a field name or remove the entry.'],
  );
  assert.equal(slice(text, d[0]), '""');
});

test('an empty eksctl section (`iam:` with nothing under it) is read as Go reads it: not a type error', () => {
  const s = new LanguageService({ runtime: nodeRuntime() });
  const text =
    'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: c\n  region: eu-west-1\niam:\nmanagedNodeGroups:\n  - name: ng\n';
  s.update('file:///t/cluster.yaml', text);
  assert.deepEqual(
    s
      .diagnostics('file:///t/cluster.yaml')
      .filter((f) => f.severity === 'error')
      .map((f) => f.message),
    [],
  );
});
