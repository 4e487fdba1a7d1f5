/** A YAML task definition (the deploy action reads YAML) gets the schema, rules, completion and hover of a JSON one. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WORKFLOW_URI, workflow, workspace } from './helpers';

const URI = 'file:///repo/.aws/task-definition.yaml';
const STEP =
  '      - uses: aws-actions/amazon-ecs-deploy-task-definition@v2\n        with:\n          task-definition: .aws/task-definition.yaml\n';
const TEXT = `family: web
networkMode: bridge
requiresCompatibilities: [FARGATE]
cpu: "256"
memory: "512"
containerDefinitions:
  - name: web
    image: nginx:1.27
    essential: true
    portMappings:
      - containerPort: 80
        protocl: tcp
`;

test('schema and rules fire on YAML as on JSON, with a deploy workflow reading it', () => {
  const ls = workspace({ [URI]: TEXT, [WORKFLOW_URI]: workflow(STEP) });
  const f = ls.diagnostics(URI);
  const codes = f.map((x) => `${x.code} ${x.severity}`);
  assert.ok(codes.includes('ecs/fargate-network-mode error'), codes.join());
  assert.ok(
    f.some((x) => x.code === 'schema' && /protocl/.test(x.message)),
    codes.join(),
  );
  assert.deepEqual(ls.diagnostics(WORKFLOW_URI), []);
});

test('completion and hover on a YAML task definition', () => {
  const text = TEXT.replace('networkMode: bridge', 'networkMode: ');
  const ls = workspace({ [URI]: text, [WORKFLOW_URI]: workflow(STEP) });
  const values = ls.complete(URI, text.indexOf('networkMode: ') + 'networkMode: '.length).map((i) => i.label);
  assert.ok(values.includes('awsvpc') && values.includes('bridge'), values.join());
  const blank = TEXT.replace('    essential: true\n', '    essential: true\n    \n');
  const ls2 = workspace({ [URI]: blank, [WORKFLOW_URI]: workflow(STEP) });
  const keys = ls2.complete(URI, blank.indexOf('    \n') + 4).map((i) => i.label);
  assert.ok(keys.includes('environment') && keys.includes('logConfiguration'), keys.join());
  assert.ok((ls.hover(URI, text.indexOf('portMappings') + 2)?.markdown ?? '').length > 20);
});
