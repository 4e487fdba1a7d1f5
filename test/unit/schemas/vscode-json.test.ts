/**
 * The schemas as a user would use them without our server: mapped through VS Code's `json.schemas`
 * setting. This drives vscode-json-languageservice (the engine of VS Code's JSON support) the way
 * VS Code does — schemas fetched from their file URLs, relative `$ref`s resolved against the
 * referring file — and checks that they load, validate, complete and explain patterns in words.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { getLanguageService, type LanguageService as JsonService } from 'vscode-json-languageservice';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { packageRoot } from '../../../server/src/node/packageRoot';

const DIR = join(packageRoot(), 'schemas', 'ecs');
const url = (name: string) => pathToFileURL(join(DIR, `${name}.schema.json`)).toString();
const requested: string[] = [];

function jsonService(): JsonService {
  const ls = getLanguageService({
    // VS Code loads file: schemas from disk and nothing else here: any other URL would be a network fetch
    schemaRequestService: async (uri) => {
      requested.push(uri);
      if (!uri.startsWith('file:')) throw new Error(`not a local schema: ${uri}`);
      return readFileSync(fileURLToPath(uri), 'utf8');
    },
    workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).toString() },
  });
  ls.configure({
    validate: true,
    allowComments: false,
    schemas: [
      { uri: url('task-definition'), fileMatch: ['*task-definition.json'] },
      { uri: url('container-definitions'), fileMatch: ['*container-definitions.json'] },
      { uri: url('service'), fileMatch: ['*service.json'] },
      { uri: url('cluster'), fileMatch: ['*cluster.json'] },
      { uri: url('ecr-lifecycle-policy'), fileMatch: ['*lifecycle-policy.json'] },
      { uri: url('scaling-policy'), fileMatch: ['*scaling-policy.json'] },
    ],
  });
  return ls;
}

async function diagnose(ls: JsonService, name: string, value: unknown): Promise<string[]> {
  const doc = TextDocument.create(`file:///ws/${name}`, 'json', 1, JSON.stringify(value, null, 2));
  const diags = await ls.doValidation(doc, ls.parseJSONDocument(doc), { schemaValidation: 'error', schemaRequest: 'error' });
  return diags.map((d) => (typeof d.message === 'string' ? d.message : d.message.value));
}

const task = {
  family: 'web',
  executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  cpu: '256',
  memory: '512',
  containerDefinitions: [{
    name: 'app', image: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:1.4.2', essential: true,
    portMappings: [{ containerPort: 80, protocol: 'tcp' }],
    logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/web', 'awslogs-region': 'eu-west-1', 'awslogs-stream-prefix': 'ecs' } },
    healthCheck: { command: ['CMD-SHELL', 'curl -f http://localhost/ || exit 1'], interval: 30 },
  }],
  tags: [{ key: 'team', value: 'shop' }],
};

test('valid documents: every mapped schema loads, its cross-file $refs resolve, nothing is reported', async () => {
  const ls = jsonService();
  assert.deepEqual(await diagnose(ls, 'task-definition.json', task), []);
  // these three reach into task-definition.schema.json / service.schema.json through relative $refs
  assert.deepEqual(await diagnose(ls, 'container-definitions.json', task.containerDefinitions), []);
  assert.deepEqual(await diagnose(ls, 'service.json', {
    serviceName: 'web', taskDefinition: 'web', desiredCount: 2, launchType: 'FARGATE', tags: [{ key: 'team', value: 'shop' }],
    networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1'], assignPublicIp: 'DISABLED' } },
  }), []);
  assert.deepEqual(await diagnose(ls, 'cluster.json', {
    clusterName: 'prod', capacityProviders: ['FARGATE', 'FARGATE_SPOT'],
    defaultCapacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 1 }], tags: [{ key: 'env', value: 'prod' }],
  }), []);
  assert.deepEqual(await diagnose(ls, 'lifecycle-policy.json', { rules: [{ rulePriority: 1, selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 14 }, action: { type: 'expire' } }] }), []);
  assert.ok(requested.length >= 4 && requested.every((u) => u.startsWith('file:')), JSON.stringify(requested));
});

test('mistakes are reported in our words: pattern messages, never the regex; enums and ranges', async () => {
  const ls = jsonService();
  const bad = { ...task, taskRoleArn: 'arn:aws:iam::123456789012:policy/x', networkMode: 'vpc', containerDefinitions: [{ ...task.containerDefinitions[0], healthCheck: { command: ['CMD', 'x'], interval: 1 } }] };
  const msgs = await diagnose(ls, 'task-definition.json', bad);
  assert.ok(msgs.some((m) => /IAM role ARN/.test(m)), JSON.stringify(msgs));
  assert.ok(msgs.some((m) => /bridge/.test(m) && /awsvpc/.test(m)), JSON.stringify(msgs));
  assert.ok(msgs.some((m) => /5/.test(m)), JSON.stringify(msgs));
  for (const m of msgs) assert.doesNotMatch(m, /\^|\\d|\[\\w/, m);
  const svc = await diagnose(ls, 'service.json', { serviceName: 's', loadBalancers: [{ targetGroupArn: 'tg', containerName: 'a', containerPort: 80 }] });
  assert.deepEqual(svc.length, 1);
  assert.match(svc[0], /target group ARN/);
});

test('completion and hover come from the schemas too', async () => {
  const ls = jsonService();
  const text = '{\n  "family": "web",\n  "networkMode": ,\n  "containerDefinitions": []\n}';
  const doc = TextDocument.create('file:///ws/task-definition.json', 'json', 1, text);
  const at = doc.positionAt(text.indexOf('"networkMode": ') + '"networkMode": '.length);
  const list = await ls.doComplete(doc, at, ls.parseJSONDocument(doc));
  assert.deepEqual(list!.items.map((i) => i.label).sort(), ['"awsvpc"', '"bridge"', '"host"', '"none"']);
  const hover = await ls.doHover(doc, doc.positionAt(text.indexOf('family') + 2), ls.parseJSONDocument(doc));
  assert.match(JSON.stringify(hover?.contents), /family/i);
});
