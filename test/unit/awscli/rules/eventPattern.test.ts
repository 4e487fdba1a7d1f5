import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspace, findings } from '../helpers';

const ID = 'awscli/event-pattern';

test('a pattern string that is not JSON, or whose fields are not arrays, is reported', () => {
  const ls = workspace({
    'broken.json': { Name: 'n', EventPattern: '{"source": ["aws.s3"]' },
    'scalar.json': { Name: 'n', EventPattern: '{"source": "aws.s3"}' },
  });
  assert.match(findings(ls, 'broken.json', ID)[0].message, /not valid JSON/);
  assert.match(findings(ls, 'scalar.json', ID)[0].message, /must be an array/);
});

test('an event pattern file gets the same checks, on the field itself', () => {
  const ls = workspace({
    'pattern.json': { source: ['aws.ecs'], 'detail-type': ['ECS Task State Change'], detail: { lastStatus: [{ prefx: 'STOP' }] } },
  });
  const [f] = findings(ls, 'pattern.json', ID);
  assert.match(f.message, /"prefx" is not an event pattern operator/);
});

test('well-formed patterns are silent', () => {
  const ls = workspace({
    'rule.json': { Name: 'n', EventPattern: JSON.stringify({ source: ['aws.s3'], detail: { object: { key: [{ prefix: 'in/' }] } } }) },
    'pattern.json': { source: ['aws.ecs'], 'detail-type': ['ECS Task State Change'], detail: { lastStatus: ['STOPPED'] } },
  });
  assert.deepEqual(findings(ls, 'rule.json', ID), []);
  assert.deepEqual(findings(ls, 'pattern.json', ID), []);
});
