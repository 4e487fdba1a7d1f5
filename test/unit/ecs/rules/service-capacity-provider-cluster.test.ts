import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, json, spanOf } from '../helpers';

const ID = 'ecs/service-capacity-provider-cluster';
const uri = 'file:///ws/service.json';
const cluster = { uri: 'file:///ws/cluster.json', text: json({ clusterName: 'prod', capacityProviders: ['FARGATE'] }) };

test('a provider the cluster lacks fires at its name; known ones and unknown clusters are silent', () => {
  const bad = json({
    serviceName: 's',
    cluster: 'arn:aws:ecs:us-east-1:123456789012:cluster/prod',
    capacityProviderStrategy: [
      { capacityProvider: 'FARGATE', weight: 1 },
      { capacityProvider: 'FARGATE_SPOT', weight: 1 },
    ],
  });
  const f = run(ID, bad, { uri, others: [cluster] });
  assert.equal(f.length, 1);
  assert.equal(spanOf(bad, f[0]), '"FARGATE_SPOT"');
  assert.equal(
    run(ID, json({ serviceName: 's', cluster: 'prod', capacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 1 }] }), {
      uri,
      others: [cluster],
    }).length,
    0,
  );
  assert.equal(run(ID, bad, { uri }).length, 0);
});
