/**
 * The ECS rule catalogue: every rule has a well-formed id, a severity, a description and its own
 * test file; every rule of the ECS facts sheet (task definition 1–18, service 19–23) maps to a
 * rule or to the schema; and no rule fires on the example workspace or on the snippets.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ecsRules } from '../../../server/src/core/rules/ecs/index';
import { allRules } from '../../../server/src/core/rules/index';
import { LanguageService } from '../../../server/src/core/service';
import { packageRoot } from '../../../server/src/node/packageRoot';
import { expand } from './helpers';
import { nodeRuntime } from '../../../server/src/node/runtime';

const ROOT = packageRoot();

/** facts/ecs.md rule number → the rule ids that carry it ('schema' = enums/ranges in schemas/ecs) */
const FACTS: Record<number, string[]> = {
  1: ['ecs/fargate-network-mode', 'ecs/none-network-ports'],
  2: ['ecs/host-port-mismatch'],
  3: ['ecs/dynamic-port-mode'],
  4: ['ecs/port-protocol-conflict', 'schema'],
  5: ['ecs/no-essential-container'],
  6: ['ecs/container-memory'],
  7: ['ecs/fargate-container-cpu-sum'],
  8: ['ecs/links-bridge-only'],
  9: ['ecs/fargate-unsupported'],
  10: ['ecs/ephemeral-storage', 'ecs/service-platform-version'],
  11: ['ecs/log-driver', 'ecs/awslogs-options'],
  12: ['ecs/health-check-command', 'schema'],
  13: ['ecs/secret-value-from', 'ecs/secrets-need-execution-role'],
  14: ['ecs/execution-role-needed', 'ecs/secrets-need-execution-role'],
  15: ['ecs/efs-volume', 'ecs/service-platform-version'],
  16: ['ecs/requires-compatibilities', 'schema'],
  17: ['ecs/image-reference', 'schema'],
  18: ['ecs/role-arn-field', 'ecs/secret-value-from', 'schema'],
  19: ['ecs/service-launch-type-strategy', 'ecs/service-capacity-provider-cluster', 'schema'],
  20: ['ecs/service-network-configuration', 'schema'],
  21: ['ecs/service-load-balancer-container', 'schema'],
  22: ['ecs/service-deployment-percent'],
  23: ['ecs/service-scheduling-strategy', 'ecs/service-task-compatibility'],
};

test('every ECS rule: unique ecs/ id, severity, one-line description, own test file', () => {
  const ids = ecsRules.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length, 'duplicate ids');
  for (const r of ecsRules) {
    assert.match(r.id, /^ecs\/[a-z]+(-[a-z0-9]+)*$/, r.id);
    assert.ok(['error', 'warning', 'information', 'hint'].includes(r.severity), r.id);
    assert.ok(r.description.length > 20 && !r.description.includes('\n'), r.id);
    const file = join(ROOT, 'test', 'unit', 'ecs', 'rules', `${r.id.slice(4)}.test.ts`);
    assert.ok(existsSync(file), `${r.id} has no test file ${file}`);
    assert.ok(allRules.includes(r), `${r.id} is not registered in rules/index.ts`);
  }
  const files = readdirSync(join(ROOT, 'test', 'unit', 'ecs', 'rules')).map((f) => `ecs/${f.replace(/\.test\.ts$/, '')}`);
  assert.deepEqual(
    files.filter((f) => !ids.includes(f)),
    [],
    'test files without a rule',
  );
});

test('every rule of the facts sheet (1–23) is carried by a registered rule', () => {
  const ids = new Set(ecsRules.map((r) => r.id));
  for (let n = 1; n <= 23; n++) {
    const carriers = FACTS[n];
    assert.ok(
      carriers?.some((c) => c !== 'schema'),
      `fact ${n} has no rule`,
    );
    for (const c of carriers) if (c !== 'schema') assert.ok(ids.has(c), `fact ${n}: ${c} is not a rule`);
  }
  const used = new Set(Object.values(FACTS).flat());
  // the rest come from the sheet's other sections (describe output, the Fargate size table), from
  // real files (console JSON full of nulls), from the deploy tools (CodePipeline's image placeholder), or are a workspace hint
  const extra = [...ids].filter((id) => !used.has(id)).sort();
  assert.deepEqual(extra, [
    'ecs/codepipeline-image',
    'ecs/describe-output-fields',
    'ecs/fargate-cpu-memory',
    'ecs/null-fields',
    'ecs/service-task-definition-missing',
  ]);
});

/** the note that CodePipeline fills in `<IMAGE1_NAME>` (the taskdef.json snippet): information, not a problem */
const PIPELINE_FILLS = 'ecs/codepipeline-image';

test('the example workspace and every snippet are silent: no rule, no schema finding', () => {
  const ls = new LanguageService({ runtime: nodeRuntime() });
  const dir = join(ROOT, 'examples', 'ecs');
  const uris = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const uri = `file://${join(dir, f)}`;
      ls.update(uri, readFileSync(join(dir, f), 'utf8'));
      return uri;
    });
  const snippets = JSON.parse(readFileSync(join(ROOT, 'snippets', 'ecs.code-snippets'), 'utf8')) as Record<
    string,
    { prefix: string; body: string[] }
  >;
  for (const s of Object.values(snippets)) {
    const uri = `file:///snippets/${s.prefix}.json`;
    ls.update(uri, expand(s.body));
    uris.push(uri);
  }
  assert.ok(uris.length >= 15);
  for (const uri of uris) {
    assert.ok(ls.isOurs(uri), `${uri} not recognised`);
    assert.deepEqual(
      ls
        .diagnostics(uri)
        .filter((f) => f.code !== PIPELINE_FILLS)
        .map((f) => `${f.code}: ${f.message}`),
      [],
      uri,
    );
  }
  // and the cross-file rules had something to look at: the services' task definitions are in the workspace
  const missing = uris.flatMap((u) => ls.diagnostics(u)).filter((f) => f.code === 'ecs/service-task-definition-missing');
  assert.equal(missing.length, 0);
});
