import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, shown, spanOf, tpl } from './helpers';
import { instances } from './containerFixture';

const ID = 'cfn/container-instance-role';
const JOIN = "!Base64 { 'Fn::Sub': 'echo ECS_CLUSTER=${Cluster} >> /etc/ecs/ecs.config' }";
const inline = (actions: string, resource = "'*'") => `      Policies:
        - PolicyName: agent
          PolicyDocument:
            Statement:
              - { Effect: Allow, Action: [${actions}], Resource: ${resource} }
`;

test('AmazonEC2ContainerServiceforEC2Role, or statements with the agent actions: silent', () => {
  assert.deepEqual(findings(ID, tpl(instances({ userData: JOIN }))), []);
  const stmts = inline('ecs:RegisterContainerInstance, ecs:DeregisterContainerInstance, ecs:DiscoverPollEndpoint, ecs:Poll, ecs:Submit*');
  assert.deepEqual(findings(ID, tpl(instances({ userData: JOIN, policies: stmts }))), []);
});

test('a role without the agent actions: reported on the IamInstanceProfile of the launch template', () => {
  const text = tpl(instances({ userData: JOIN, policies: inline('ecs:RegisterContainerInstance, s3:GetObject') }));
  const f = findings(ID, text);
  assert.equal(f.length, 1, JSON.stringify(f));
  assert.equal(spanOf(text, f[0]), '!GetAtt InstanceProfile.Arn');
  assert.match(
    f[0].message,
    /^Role "InstanceRole" of the instance profile does not allow ecs:DiscoverPollEndpoint, ecs:Poll, ecs:SubmitContainerStateChange, ecs:SubmitTaskStateChange/,
  );
  assert.match(f[0].message, /capacity provider "Provider"/);
  assert.equal(f[0].severity, 'error');
});

test('no instance profile at all', () => {
  const out = shown(ID, tpl(instances({ noProfile: true })));
  assert.equal(out.length, 1);
  assert.match(out[0], /^\[LaunchTemplateData\] The instances of capacity provider "Provider" have no IamInstanceProfile/);
});

test('EC2 tasks without an execution role pull and log with the instance role', () => {
  const task = `  Task:
    Type: AWS::ECS::TaskDefinition
    Properties:
      ContainerDefinitions:
        - Name: app
          Image: !Sub \${AWS::AccountId}.dkr.ecr.\${AWS::Region}.amazonaws.com/app:1.0
          Memory: 256
          LogConfiguration:
            LogDriver: awslogs
            Options: { awslogs-group: app, awslogs-region: !Ref AWS::Region, awslogs-stream-prefix: app }
`;
  const agent = inline('ecs:RegisterContainerInstance, ecs:DiscoverPollEndpoint, ecs:Poll, ecs:Submit*');
  const f = findings(ID, tpl(instances({ userData: JOIN, policies: agent }) + task));
  assert.deepEqual(
    f.map((x) => x.message.replace(/^Role "InstanceRole" of the instance profile does not allow /, '').split(', which')[0]),
    ['ecr:GetAuthorizationToken, ecr:BatchGetImage, ecr:GetDownloadUrlForLayer', 'logs:CreateLogStream, logs:PutLogEvents'],
  );
  // with an execution role the agent uses that role instead
  const withExec = task.replace('    Properties:\n', '    Properties:\n      ExecutionRoleArn: arn:aws:iam::123456789012:role/exec\n');
  assert.deepEqual(findings(ID, tpl(instances({ userData: JOIN, policies: agent }) + withExec)), []);
});

test('a launch configuration whose user data joins a cluster counts as a container instance', () => {
  const text = tpl(`  Cluster:
    Type: AWS::ECS::Cluster
  Launch:
    Type: AWS::AutoScaling::LaunchConfiguration
    Properties:
      ImageId: ami-0123456789abcdef0
      InstanceType: t3.small
      IamInstanceProfile: !Ref Profile
      UserData:
        Fn::Base64: !Join ['', ['#!/bin/bash\\n', 'echo ECS_CLUSTER=', !Ref Cluster, ' >> /etc/ecs/ecs.config']]
  Profile:
    Type: AWS::IAM::InstanceProfile
    Properties:
      Roles: [!Ref Role]
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement: [{ Effect: Allow, Principal: { Service: ec2.amazonaws.com }, Action: sts:AssumeRole }]
      Policies:
        - PolicyName: s3
          PolicyDocument:
            Statement: [{ Effect: Allow, Action: s3:GetObject, Resource: '*' }]
`);
  const f = findings(ID, text);
  assert.equal(f.length, 1);
  assert.equal(spanOf(text, f[0]), '!Ref Profile');
  assert.match(f[0].message, /launch configuration "Launch"/);
});

test('what the checker cannot read says nothing: unknown managed policies, Sub-built actions, profiles from elsewhere', () => {
  const unknown = `      ManagedPolicyArns: [arn:aws:iam::123456789012:policy/our-ecs-hosts]\n`;
  assert.deepEqual(findings(ID, tpl(instances({ userData: JOIN, policies: unknown }))), []);
  const sub = inline("!Sub 'ecs:${AWS::Region}'");
  assert.deepEqual(findings(ID, tpl(instances({ userData: JOIN, policies: sub }))), []);
  const external = tpl(instances({ userData: JOIN, policies: inline('s3:GetObject') })).replace(
    'Arn: !GetAtt InstanceProfile.Arn',
    'Arn: !ImportValue shared-instance-profile',
  );
  assert.deepEqual(findings(ID, external), []);
});
