import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, json, ec2Task } from '../helpers';
import { LanguageService } from '../../../../server/src/core/service';
import { nodeRuntime } from '../../../../server/src/node/runtime';

const ID = 'ecs/codepipeline-image';
const img = (image: string) => run(ID, json(ec2Task({}, { image })));

test('a <IMAGE1_NAME> image is CodePipeline’s to fill in: information; other images say nothing', () => {
  const f = img('<IMAGE1_NAME>');
  assert.equal(f.length, 1);
  assert.match(f[0].message, /CodePipeline.*"IMAGE1_NAME"/);
  for (const other of ['nginx:1.27', '<your image>', '${IMAGE}', '<ACCOUNT_ID>.dkr.ecr.eu-west-1.amazonaws.com/web:1'])
    assert.equal(img(other).length, 0, other);
});

test('the file then has no placeholder warning and no other finding on the image', () => {
  const ls = new LanguageService({ runtime: nodeRuntime() });
  const text = json(ec2Task({}, { image: '<IMAGE1_NAME>' }));
  ls.update('file:///repo/taskdef.json', text);
  const f = ls.diagnostics('file:///repo/taskdef.json');
  assert.deepEqual(
    f.map((x) => `${x.code} ${x.severity}`),
    [`${ID} information`],
  );
});
