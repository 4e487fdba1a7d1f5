/** The deploy snippets, expanded with their defaults, are deploy documents we report nothing on. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expand } from '../ecs/helpers';
import { workspace } from './helpers';

const snippets = JSON.parse(readFileSync(join(process.cwd(), 'snippets', 'deploy.code-snippets'), 'utf8')) as Record<
  string,
  { prefix: string; body: string[] }
>;

test('each deploy snippet is recognised and silent, beside the files it names', () => {
  const task = JSON.stringify({ family: 'web', containerDefinitions: [{ name: 'web', image: 'nginx:1.27', memory: 256 }] });
  const taskdef = JSON.stringify({
    family: 'web',
    containerDefinitions: [{ name: 'web', image: '<IMAGE1_NAME>', memory: 256, portMappings: [{ containerPort: 80 }] }],
  });
  for (const s of Object.values(snippets)) {
    const uri =
      s.prefix === 'ecs-deploy-workflow'
        ? 'file:///ws/.github/workflows/deploy.yml'
        : s.prefix === 'ecs-appspec'
          ? 'file:///ws/appspec.yaml'
          : 'file:///ws/ecspresso.yml';
    const text = expand(s.body).replace(/\\\$/g, '$');
    const ls = workspace({
      [uri]: text,
      'file:///ws/.aws/task-definition.json': task,
      'file:///ws/ecs-task-def.json': task,
      'file:///ws/taskdef.json': taskdef,
    });
    assert.equal(ls.workspace.get(uri)?.docs[0].kind.family, 'deploy', s.prefix);
    assert.deepEqual(ls.diagnostics(uri), [], s.prefix);
  }
});
