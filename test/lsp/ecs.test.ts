/**
 * ECS end to end through the real server over stdio: a rule (Fargate size), its quick fix applied
 * as a workspace edit (the whole document compared), a completion that depends on the document
 * (memory for the chosen cpu), a cross-file rule that follows an edit in the other file, and a
 * rule switched off through the settings.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TestClient, caret, type Diagnostic } from './client';

let client: TestClient;
before(async () => {
  client = new TestClient();
  client.settings = {};
  await client.initialize();
});
after(async () => {
  await client.stop();
});

const uri = (name: string) => `file:///virtual/ecs-e2e/${name}`;
const task = (cpu: string, memory: string, container = 'web', family = 'shop-web') => `{
  "family": "${family}",
  "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "${cpu}",
  "memory": "${memory}",
  "containerDefinitions": [
    { "name": "${container}", "image": "nginx:1.27", "essential": true, "portMappings": [{ "containerPort": 80 }] }
  ]
}
`;
const spanOf = (text: string, d: Diagnostic) => text.split('\n')[d.range.start.line].slice(d.range.start.character, d.range.end.character);
const fullRange = (text: string) => {
  const lines = text.split('\n');
  return { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1].length } };
};
type Action = {
  title: string;
  isPreferred?: boolean;
  edit?: { changes?: Record<string, { range: Diagnostic['range']; newText: string }[]> };
};

test('Fargate size rule → quick fix (whole document checked) → diagnostics clear', async () => {
  const u = uri('task-definition.json');
  const text = task('512', '512');
  client.open(u, text);
  const diags = await client.diagnostics(u, (d) => d.some((x) => x.code === 'ecs/fargate-cpu-memory'));
  assert.deepEqual(
    diags.map((d) => d.code),
    ['ecs/fargate-cpu-memory'],
    'one report, nothing else',
  );
  const d = diags[0];
  assert.equal(d.severity, 1);
  assert.equal(spanOf(text, d), '"512"');
  assert.equal(d.range.start.line, 6);
  assert.match(d.message, /0\.5 vCPU/);

  const actions = await client.request<Action[]>('textDocument/codeAction', {
    textDocument: { uri: u },
    range: d.range,
    context: { diagnostics: [d] },
  });
  const fix = actions.find((a) => a.title === 'Set memory to 1024 (1 GiB)');
  assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
  assert.equal(fix.isPreferred, true);
  const edits = fix.edit!.changes![u];
  const after = TextDocument.applyEdits(TextDocument.create(u, 'json', 1, text), edits);
  assert.equal(after, task('512', '1024'));

  const v = client.change(u, fullRange(text), after);
  await client.diagnostics(u, (ds) => ds.length === 0, 10_000, v);
});

test('completion of memory follows the cpu written in the document', async () => {
  const u = uri('size-task-definition.json');
  const c = caret(task('1024', '|'));
  client.open(u, c.text);
  const res = await client.request<{ items: { label: string; textEdit?: { newText: string } }[] } | null>('textDocument/completion', {
    textDocument: { uri: u },
    position: { line: c.line, character: c.character },
  });
  const sizes = res!.items.map((i) => i.label).filter((l) => /^\d+$/.test(l));
  assert.deepEqual(sizes, ['2048', '3072', '4096', '5120', '6144', '7168', '8192']);

  // change the cpu: the same spot now offers the 0.25 vCPU sizes
  const v = client.change(u, { start: { line: 5, character: 10 }, end: { line: 5, character: 14 } }, '256');
  await client.diagnostics(u, () => true, 10_000, v);
  const res2 = await client.request<{ items: { label: string }[] } | null>('textDocument/completion', {
    textDocument: { uri: u },
    position: { line: c.line, character: c.character - 1 },
  });
  assert.deepEqual(
    res2!.items.map((i) => i.label).filter((l) => /^\d+$/.test(l)),
    ['512', '1024', '2048'],
  );
});

test('cross-file: the service result follows an edit of its task definition', async () => {
  const t = uri('cross/task-definition.json');
  const s = uri('cross/service.json');
  const ttext = task('256', '512', 'api', 'cross-web');
  client.open(t, ttext);
  const stext = JSON.stringify(
    {
      serviceName: 'cross-web',
      taskDefinition: 'cross-web',
      launchType: 'FARGATE',
      networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1'] } },
      loadBalancers: [
        {
          targetGroupArn: 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/0123456789abcdef',
          containerName: 'web',
          containerPort: 80,
        },
      ],
    },
    null,
    2,
  );
  client.open(s, stext);
  const bad = await client.diagnostics(s, (d) => d.some((x) => x.code === 'ecs/service-load-balancer-container'));
  assert.equal(
    spanOf(
      stext,
      bad.find((x) => x.code === 'ecs/service-load-balancer-container')!,
    ),
    '"web"',
  );
  // rename the container in the task definition: the service's finding goes away
  const line = ttext.split('\n').findIndex((l) => l.includes('"name": "api"'));
  const col = ttext.split('\n')[line].indexOf('"api"');
  client.change(t, { start: { line, character: col }, end: { line, character: col + 5 } }, '"web"');
  await client.diagnostics(s, (d) => !d.some((x) => x.code === 'ecs/service-load-balancer-container'));
});

test('settings: a rule switched off by id disappears, and comes back', async () => {
  const u = uri('settings/task-definition.json');
  client.open(u, task('256', '4096'));
  await client.diagnostics(u, (d) => d.some((x) => x.code === 'ecs/fargate-cpu-memory'));
  client.settings = { rules: { 'ecs/fargate-cpu-memory': 'off' } };
  void client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  await client.diagnostics(u, (d) => d.length === 0);
  client.settings = { rules: { 'ecs/fargate-cpu-memory': 'warning' } };
  void client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  const d = await client.diagnostics(u, (ds) => ds.some((x) => x.code === 'ecs/fargate-cpu-memory'));
  assert.equal(d[0].severity, 2);
  client.settings = {};
  void client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  await client.diagnostics(u, (ds) => ds.some((x) => x.code === 'ecs/fargate-cpu-memory' && x.severity === 1));
});
