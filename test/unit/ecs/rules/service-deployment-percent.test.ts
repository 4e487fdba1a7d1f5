import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, json } from '../helpers';

const ID = 'ecs/service-deployment-percent';
const uri = 'file:///ws/service.json';
const svc = (dc: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  json({ serviceName: 's', desiredCount: 2, deploymentConfiguration: dc, ...extra });

test('maximum below minimum is an error; 100/100 is a warning; defaults are fine', () => {
  const e = run(ID, svc({ minimumHealthyPercent: 100, maximumPercent: 50 }), { uri });
  assert.equal(e[0].severity, 'error');
  const w = run(ID, svc({ minimumHealthyPercent: 100, maximumPercent: 100 }), { uri });
  assert.equal(w[0].severity, 'warning');
  assert.equal(run(ID, svc({ minimumHealthyPercent: 50, maximumPercent: 200 }), { uri }).length, 0);
  assert.equal(run(ID, svc({ maximumPercent: 100 }, { schedulingStrategy: 'DAEMON' }), { uri }).length, 0);
});
