import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, json } from '../helpers';

const ID = 'ecs/service-scheduling-strategy';
const uri = 'file:///ws/service.json';

test('DAEMON on Fargate, with CODE_DEPLOY, or with placement strategies fires', () => {
  assert.equal(run(ID, json({ serviceName: 's', schedulingStrategy: 'DAEMON', launchType: 'FARGATE' }), { uri }).length, 1);
  assert.equal(
    run(ID, json({ serviceName: 's', schedulingStrategy: 'DAEMON', deploymentController: { type: 'CODE_DEPLOY' } }), { uri }).length,
    1,
  );
  assert.equal(
    run(
      ID,
      json({
        serviceName: 's',
        schedulingStrategy: 'DAEMON',
        launchType: 'EC2',
        placementStrategy: [{ type: 'spread', field: 'instanceId' }],
      }),
      { uri },
    ).length,
    1,
  );
  assert.equal(run(ID, json({ serviceName: 's', schedulingStrategy: 'DAEMON', launchType: 'EC2' }), { uri }).length, 0);
  assert.equal(run(ID, json({ serviceName: 's', schedulingStrategy: 'REPLICA', launchType: 'FARGATE' }), { uri }).length, 0);
});
