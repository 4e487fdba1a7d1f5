import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, json, assertFix } from '../helpers';

const ID = 'ecs/service-launch-type-strategy';
const uri = 'file:///ws/service.json';
const spot = [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }];

test('launchType with a strategy fires; the fix removes launchType', () => {
  const bad = json({ serviceName: 's', launchType: 'FARGATE', capacityProviderStrategy: spot });
  assertFix(ID, bad, json({ serviceName: 's', capacityProviderStrategy: spot }), { uri });
  assert.equal(run(ID, json({ serviceName: 's', launchType: 'FARGATE' }), { uri }).length, 0);
});

test('launchType FARGATE_SPOT becomes a strategy', () => {
  const bad = json({ serviceName: 's', launchType: 'FARGATE_SPOT', desiredCount: 1 });
  assertFix(
    ID,
    bad,
    bad.replace('"launchType": "FARGATE_SPOT"', '"capacityProviderStrategy": [{ "capacityProvider": "FARGATE_SPOT", "weight": 1 }]'),
    { uri },
  );
});

test('two providers with a base fire', () => {
  const s = {
    serviceName: 's',
    capacityProviderStrategy: [
      { capacityProvider: 'FARGATE', weight: 1, base: 1 },
      { capacityProvider: 'FARGATE_SPOT', weight: 3, base: 1 },
    ],
  };
  assert.equal(run(ID, json(s), { uri }).length, 1);
});
