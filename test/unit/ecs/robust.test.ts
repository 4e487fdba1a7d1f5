/** No ECS rule, completion or hover throws on odd but parseable documents. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LanguageService } from '../../../server/src/core/service';
import { cursorContext } from '../../../server/src/core/complete/location';
import { ecsCompletionContributors } from '../../../server/src/core/ecs/complete/index';
import { ecsHoverContributors } from '../../../server/src/core/ecs/hover/index';
import { nodeAtOffset, pathOf } from '../../../server/src/core/parse/tree';
import { nodeRuntime } from '../../../server/src/node/runtime';

const odd: unknown[] = [
  { family: 'x', containerDefinitions: [null, 1, 'a', [], {}] },
  {
    family: 'x',
    requiresCompatibilities: 'FARGATE',
    cpu: {},
    memory: [],
    networkMode: 5,
    containerDefinitions: [
      {
        portMappings: {},
        logConfiguration: [],
        healthCheck: { command: 'CMD' },
        secrets: {},
        linuxParameters: { capabilities: { add: 'X' } },
      },
    ],
  },
  {
    family: 'x',
    requiresCompatibilities: ['FARGATE'],
    cpu: 'lots',
    memory: 'some',
    volumes: {},
    containerDefinitions: [
      { portMappings: [null, { containerPort: 'a', hostPort: {} }], logConfiguration: { logDriver: 'awslogs', options: 'x' } },
    ],
  },
  {
    family: 'x',
    containerDefinitions: [{ healthCheck: { command: [] }, secrets: [{ valueFrom: 5 }], image: '' }],
    volumes: [{ efsVolumeConfiguration: { authorizationConfig: 'x' } }],
  },
  { taskDefinition: { family: 'x', containerDefinitions: [], revision: 1 } },
  { serviceName: 's', taskDefinition: 5, loadBalancers: 'x', capacityProviderStrategy: {}, deploymentConfiguration: [] },
  {
    serviceName: 's',
    taskDefinition: 'x',
    loadBalancers: [null, { containerName: 5 }],
    capacityProviderStrategy: [null, { base: 'a' }],
    schedulingStrategy: 'DAEMON',
    launchType: 'FARGATE_SPOT',
  },
  [{ name: 'a', image: 'b' }],
];

test('odd documents: no rule throws, and completion/hover at every offset survive', () => {
  const errors: string[] = [];
  const ls = new LanguageService({ runtime: nodeRuntime(), onRuleError: (id, e) => errors.push(`${id}: ${String(e)}`) });
  odd.forEach((v, i) => {
    const uri = i >= 5 && i <= 6 ? `file:///ws/service-${i}.json` : `file:///ws/task-definition-${i}.json`;
    const text = JSON.stringify(v, null, 1);
    ls.update(uri, text);
    ls.diagnostics(uri);
    const file = ls.workspace.get(uri)!;
    for (let o = 0; o <= text.length; o += 3) {
      ls.complete(uri, o);
      ls.hover(uri, o);
      // the contributors themselves, without the safety net of complete()/hover()
      const ctx = cursorContext(file, o);
      if (ctx) for (const c of ecsCompletionContributors) c(ctx, ls);
      const node = nodeAtOffset(file.docs[0].root, o, false);
      if (node && node.type !== 'object' && node.type !== 'array') {
        const target = node.type === 'property' ? node.children![0] : node;
        for (const h of ecsHoverContributors) h({ file, doc: file.docs[0], node: target, path: pathOf(target), isKey: false }, ls);
      }
    }
  });
  assert.deepEqual(errors, []);
});
