import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, shown, spanOf, tpl } from './helpers';
import { instances } from './containerFixture';

const ID = 'cfn/container-instance-cluster';
const block = (line: string) => `\n          Fn::Base64: !Sub |\n            #!/bin/bash\n            ${line}\n`;

test('user data joining the provider cluster through ${Cluster}, Join, or its literal name: silent', () => {
  assert.deepEqual(findings(ID, tpl(instances({ userData: block('echo ECS_CLUSTER=${Cluster} >> /etc/ecs/ecs.config') }))), []);
  const join = "\n          Fn::Base64: !Join ['', ['#!/bin/bash\\n', 'echo ECS_CLUSTER=', !Ref Cluster, ' >> /etc/ecs/ecs.config']]";
  assert.deepEqual(findings(ID, tpl(instances({ userData: join }))), []);
  assert.deepEqual(
    findings(ID, tpl(instances({ clusterName: 'workers', userData: block('echo ECS_CLUSTER=workers >> /etc/ecs/ecs.config') }))),
    [],
  );
  // the cluster named by Sub from the stack name, written the same way in the user data
  const named = instances({
    clusterName: "!Sub '${AWS::StackName}-ecs'",
    userData: block('echo ECS_CLUSTER=${AWS::StackName}-ecs >> /etc/ecs/ecs.config'),
  });
  assert.deepEqual(findings(ID, tpl(named)), []);
});

test('user data joining another cluster of the template', () => {
  const text = tpl(instances({ userData: block('echo ECS_CLUSTER=${Other} >> /etc/ecs/ecs.config') }));
  const f = findings(ID, text);
  assert.equal(f.length, 1);
  assert.match(spanOf(text, f[0]), /^Fn::Base64: !Sub \|/);
  assert.match(f[0].message, /join cluster "Other" \(ECS_CLUSTER\), but the provider belongs to cluster "Cluster"/);
  assert.match(f[0].message, /Set ECS_CLUSTER=\$\{Cluster\}/);
});

test('a literal name that is not the cluster name (or a generated one)', () => {
  const [a] = shown(ID, tpl(instances({ clusterName: 'workers', userData: block('echo ECS_CLUSTER=batch >> /etc/ecs/ecs.config') })));
  assert.match(a, /join cluster "batch"/);
  const [b] = shown(ID, tpl(instances({ userData: block('echo ECS_CLUSTER=${AWS::StackName} >> /etc/ecs/ecs.config') })));
  assert.match(b, /join cluster "\$\{AWS::StackName\}"/);
});

test('no user data: the instances join the cluster named default', () => {
  const [f] = shown(ID, tpl(instances()));
  assert.match(f, /^\[LaunchTemplateData\] Instances of capacity provider "Provider" have no user data setting ECS_CLUSTER/);
  assert.deepEqual(findings(ID, tpl(instances({ clusterName: 'default' }))), []);
});

test('what cannot be told says nothing: parameters, Fn::If, shell variables, user data without ECS_CLUSTER', () => {
  const param = `Parameters:\n  Name:\n    Type: String\n`;
  assert.deepEqual(findings(ID, tpl(instances({ userData: block('echo ECS_CLUSTER=${Name} >> /etc/ecs/ecs.config') }), param)), []);
  assert.deepEqual(
    findings(ID, tpl(instances({ clusterName: '!Ref Name', userData: block('echo ECS_CLUSTER=batch >> /etc/ecs/ecs.config') }), param)),
    [],
  );
  assert.deepEqual(findings(ID, tpl(instances({ userData: "!If [Prod, 'ECS_CLUSTER=a', 'ECS_CLUSTER=b']" }))), []);
  assert.deepEqual(findings(ID, tpl(instances({ userData: block('ECS_CLUSTER=$(cat /etc/cluster-name)') }))), []);
  assert.deepEqual(findings(ID, tpl(instances({ userData: block('[settings.ecs]') }))), []);
});

test('a cluster named after itself, a provider without a group: no finding, no hang', () => {
  const circular = tpl(instances({ clusterName: '!Ref Cluster', userData: "\n          Fn::Base64: !Sub 'ECS_CLUSTER=${Cluster}'" }));
  assert.deepEqual(findings(ID, circular), []);
  const loose = tpl(instances()).replace('AutoScalingGroupArn: !Ref Group', 'AutoScalingGroupArn: !GetAtt Provider.Arn');
  assert.deepEqual(findings(ID, loose), []);
});
