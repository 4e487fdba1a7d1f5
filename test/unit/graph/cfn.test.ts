import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { buildGraph, renderDiagram } from '../../../server/src/core/graph/index';
import type { ArchitectureGraph, EdgeKind } from '../../../server/src/core/graph/model';
import { ROOT, readFolder, serviceOf, type FileText } from './helpers';

const graphOf = (files: FileText[]): ArchitectureGraph => buildGraph(serviceOf(files).workspace);
const yaml = (name: string, text: string): FileText => ({ uri: `file:///ws/cfn/${name}`, text });
const edge = (g: ArchitectureGraph, kind: EdgeKind, from: RegExp, to: RegExp) =>
  g.edges.find((e) => e.kind === kind && from.test(e.from) && to.test(e.to));
const has = (g: ArchitectureGraph, kind: EdgeKind, from: RegExp, to: RegExp, label?: string) => {
  const e = edge(g, kind, from, to);
  assert.ok(
    e,
    `no ${kind} edge ${from} → ${to}; edges: ${g.edges
      .filter((x) => x.kind === kind)
      .map((x) => `${x.from} → ${x.to}`)
      .join('; ')}`,
  );
  if (label !== undefined) assert.equal(e.label, label);
};

const examples = () => graphOf(readFolder(join(ROOT, 'examples', 'cloudformation'), 'examples'));

test('S3 upload seed: bucket → rule → task definition → task role → table', () => {
  const g = examples();
  has(g, 'emits', /^s3-bucket:.*UploadBucket$/, /^event-rule:.*UploadRule$/, 'Object Created');
  has(g, 'invokes', /^event-rule:.*UploadRule$/, /^task-definition:upload-processor$/, 'runs 1 task on FARGATE');
  has(g, 'uses-role', /^task-definition:upload-processor$/, /^iam-role:.*TaskRole$/, 'task role');
  has(g, 'allows', /^iam-role:.*TaskRole$/, /^dynamodb-table:.*UploadsTable$/, 'dynamodb:PutItem, UpdateItem');
  // the image built from `!Sub ${AWS::AccountId}.dkr.ecr.${AWS::Region}…` is the stack's own ECR repository
  has(g, 'pulls-image', /^container:upload-processor\/processor$/, /^ecr-repository:stack\/upload-processor$/, 'tag 1.4.2');
});

test('schedule seed: a Scheduler schedule and a rule with ScheduleExpression run a task', () => {
  const g = examples();
  const schedule = g.nodes.find((n) => n.id.endsWith('HourlySchedule'));
  assert.equal(schedule?.kind, 'schedule');
  assert.ok(schedule.facts.includes('schedule cron(0 * * * ? *)'), schedule.facts.join(' | '));
  has(g, 'invokes', /HourlySchedule$/, /^task-definition:hourly-report$/);
  const rule = graphOf([
    yaml(
      'rate.yaml',
      `Resources:
  Task:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: nightly
      ContainerDefinitions: [{Name: job, Image: busybox}]
  Nightly:
    Type: AWS::Events::Rule
    Properties:
      ScheduleExpression: rate(1 day)
      Targets:
        - Id: job
          Arn: arn:aws:ecs:eu-west-1:111122223333:cluster/batch
          EcsParameters: {TaskDefinitionArn: !Ref Task, TaskCount: 2}
`,
    ),
  ]);
  assert.equal(rule.nodes.find((n) => n.id.endsWith('Nightly'))?.kind, 'schedule');
  has(rule, 'invokes', /Nightly$/, /^task-definition:nightly$/, 'runs 2 tasks');
});

test('SQS seed: queue → alarm → step scaling policy → service (through its scalable target)', () => {
  const g = examples();
  has(g, 'emits', /^sqs-queue:jobs$/, /BacklogHighAlarm$/, 'ApproximateNumberOfMessagesVisible');
  has(g, 'alarms', /BacklogHighAlarm$/, /^scaling-policy:queue-backlog-scale-out$/, 'in alarm');
  has(g, 'scales', /^scaling-policy:queue-backlog-scale-out$/, /^ecs-service:workers\/queue-worker$/, 'through its scalable target');
  has(g, 'scales', /WorkerScalableTarget$/, /^ecs-service:workers\/queue-worker$/, '1–10 tasks');
  const policy = g.nodes.find((n) => n.id === 'scaling-policy:queue-backlog-scale-out');
  assert.equal(policy?.group, 'ecs:workers', 'the policy sits in its service’s cluster');
});

test('task-state seed: a rule on aws.ecs events invokes an SNS topic; a known cluster emits to it', () => {
  const g = examples();
  has(g, 'invokes', /StoppedTaskRule$/, /^sns-topic:ecs-stopped-tasks$/);
  const topic = g.nodes.find((n) => n.id === 'sns-topic:ecs-stopped-tasks');
  assert.ok(
    topic?.facts.some((f) => f.startsWith('subscription email')),
    topic?.facts.join(' | '),
  );
  const own = graphOf([
    yaml(
      'state.yaml',
      `Resources:
  Cluster: {Type: AWS::ECS::Cluster, Properties: {ClusterName: prod}}
  Topic: {Type: AWS::SNS::Topic}
  Stopped:
    Type: AWS::Events::Rule
    Properties:
      EventPattern: {source: [aws.ecs], detail-type: [ECS Task State Change], detail: {clusterArn: [!GetAtt Cluster.Arn]}}
      Targets: [{Id: t, Arn: !Ref Topic}]
`,
    ),
  ]);
  has(own, 'emits', /^ecs-cluster:prod$/, /Stopped$/, 'ECS Task State Change');
});

const CAPACITY = `Resources:
  Cluster: {Type: AWS::ECS::Cluster, Properties: {ClusterName: ec2}}
  InstanceRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {Statement: [{Effect: Allow, Principal: {Service: ec2.amazonaws.com}, Action: sts:AssumeRole}]}
      ManagedPolicyArns: [arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role]
  Profile: {Type: AWS::IAM::InstanceProfile, Properties: {Roles: [!Ref InstanceRole]}}
  Template:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        InstanceType: m7g.large
        IamInstanceProfile: {Arn: !GetAtt Profile.Arn}
        UserData: !Base64 {'Fn::Sub': "#!/bin/bash\\necho ECS_CLUSTER=ec2 >> /etc/ecs/ecs.config\\n"}
  Group:
    Type: AWS::AutoScaling::AutoScalingGroup
    Properties:
      MinSize: '0'
      MaxSize: '4'
      LaunchTemplate: {LaunchTemplateId: !Ref Template, Version: !GetAtt Template.LatestVersionNumber}
  Provider:
    Type: AWS::ECS::CapacityProvider
    Properties:
      AutoScalingGroupProvider: {AutoScalingGroupArn: !Ref Group, ManagedScaling: {Status: ENABLED}}
  Associations:
    Type: AWS::ECS::ClusterCapacityProviderAssociations
    Properties:
      Cluster: !Ref Cluster
      CapacityProviders: [!Ref Provider]
      DefaultCapacityProviderStrategy: [{CapacityProvider: !Ref Provider, Weight: 1}]
`;

test('capacity: cluster → capacity provider → Auto Scaling group → launch template → instance profile → role', () => {
  const g = graphOf([yaml('capacity.yaml', CAPACITY)]);
  has(g, 'has-capacity', /^ecs-cluster:ec2$/, /^capacity-provider:ec2\/Provider$/);
  has(g, 'has-capacity', /^capacity-provider:ec2\/Provider$/, /Group$/, 'managed scaling');
  has(g, 'launches', /^auto-scaling-group:.*Group$/, /^launch-template:.*Template$/);
  has(g, 'uses-role', /^launch-template:.*Template$/, /^instance-profile:.*Profile$/, 'instance profile');
  has(g, 'uses-role', /^instance-profile:.*Profile$/, /^iam-role:.*InstanceRole$/, 'instance role');
  const lt = g.nodes.find((n) => n.kind === 'launch-template');
  assert.ok(lt?.facts.includes('joins ECS cluster ec2'), lt?.facts.join(' | '));
});

test('load balancing: load balancer → listener → target group → the service’s container:port', () => {
  const g = graphOf([
    yaml(
      'web.yaml',
      `Resources:
  Lb: {Type: AWS::ElasticLoadBalancingV2::LoadBalancer, Properties: {Scheme: internet-facing}}
  Tg: {Type: AWS::ElasticLoadBalancingV2::TargetGroup, Properties: {Port: 8080, Protocol: HTTP, TargetType: ip}}
  ApiTg: {Type: AWS::ElasticLoadBalancingV2::TargetGroup, Properties: {Name: api, Port: 9000, Protocol: HTTP}}
  Listener:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref Lb
      Port: 443
      Protocol: HTTPS
      DefaultActions: [{Type: forward, TargetGroupArn: !Ref Tg}]
  ApiRule:
    Type: AWS::ElasticLoadBalancingV2::ListenerRule
    Properties:
      ListenerArn: !Ref Listener
      Priority: 1
      Conditions: [{Field: path-pattern, Values: [/api/*]}]
      Actions: [{Type: forward, TargetGroupArn: !Ref ApiTg}]
  Task:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: web
      ContainerDefinitions: [{Name: app, Image: nginx, PortMappings: [{ContainerPort: 8080}]}]
  Service:
    Type: AWS::ECS::Service
    Properties:
      ServiceName: web
      Cluster: shop
      TaskDefinition: !Ref Task
      LoadBalancers: [{TargetGroupArn: !Ref Tg, ContainerName: app, ContainerPort: 8080}]
`,
    ),
  ]);
  has(g, 'routes-to', /^load-balancer:.*Lb$/, /^listener:.*Listener$/, 'HTTPS:443');
  has(g, 'routes-to', /^listener:.*Listener$/, /^target-group:.*Tg$/, 'default');
  has(g, 'routes-to', /^listener:.*Listener$/, /^target-group:api$/, '/api/*');
  has(g, 'routes-to', /^target-group:.*Tg$/, /^container:web\/app$/, 'port 8080');
  has(g, 'runs', /^ecs-service:shop\/web$/, /^task-definition:web$/);
});

test('App Runner and ECS Express Mode services with their images and roles', () => {
  const g = graphOf([
    yaml(
      'apps.yaml',
      `Resources:
  AccessRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {Statement: [{Effect: Allow, Principal: {Service: build.apprunner.amazonaws.com}, Action: sts:AssumeRole}]}
  Web:
    Type: AWS::AppRunner::Service
    Properties:
      ServiceName: web
      SourceConfiguration:
        AuthenticationConfiguration: {AccessRoleArn: !GetAtt AccessRole.Arn}
        ImageRepository:
          ImageIdentifier: 111122223333.dkr.ecr.eu-west-1.amazonaws.com/web:2.0
          ImageRepositoryType: ECR
          ImageConfiguration: {Port: '8080'}
  Api:
    Type: AWS::ECS::ExpressGatewayService
    Properties:
      ServiceName: api
      Cluster: apps
      ExecutionRoleArn: arn:aws:iam::111122223333:role/exec
      InfrastructureRoleArn: arn:aws:iam::111122223333:role/infra
      PrimaryContainer: {Image: public.ecr.aws/nginx/nginx:1.27, ContainerPort: 80}
`,
    ),
  ]);
  has(g, 'pulls-image', /^app-runner-service:web$/, /^ecr-repository:111122223333\/eu-west-1\/web$/, 'tag 2.0');
  has(g, 'uses-role', /^app-runner-service:web$/, /AccessRole$/, 'ECR access role');
  has(g, 'pulls-image', /^express-service:api$/, /^image:public\.ecr\.aws\/nginx\/nginx$/, 'tag 1.27');
  has(g, 'uses-role', /^express-service:api$/, /^iam-role:111122223333\/infra$/, 'infrastructure role');
  assert.equal(g.nodes.find((n) => n.id === 'express-service:api')?.group, 'ecs:apps');
});

test('nested stacks: a local TemplateURL leads to the child template’s resources', () => {
  const g = graphOf([
    yaml(
      'parent.yaml',
      `Resources:
  Network: {Type: AWS::CloudFormation::Stack, Properties: {TemplateURL: ./nested/child.yaml}}
  Remote: {Type: AWS::CloudFormation::Stack, Properties: {TemplateURL: https://s3.amazonaws.com/b/t.yaml}}
`,
    ),
    yaml('nested/child.yaml', `Resources:\n  Jobs: {Type: AWS::SQS::Queue, Properties: {QueueName: jobs}}\n`),
  ]);
  has(g, 'nests', /Network$/, /^sqs-queue:jobs$/);
  const remote = g.nodes.find((n) => n.id.endsWith('Remote'));
  assert.equal(remote?.kind, 'nested-stack');
  assert.ok(remote.facts.some((f) => f.includes('not a local file')));
  assert.ok(!g.edges.some((e) => e.from === remote.id));
});

test('a template task definition named like an ECS JSON file’s is one node with both sources', () => {
  const g = graphOf([
    {
      uri: 'file:///ws/ecs/td.json',
      text: JSON.stringify({ family: 'upload-processor', containerDefinitions: [{ name: 'processor', image: 'x' }] }),
    },
    ...readFolder(join(ROOT, 'examples', 'cloudformation'), 'examples'),
  ]);
  const td = g.nodes.filter((n) => n.id === 'task-definition:upload-processor');
  assert.equal(td.length, 1);
  assert.deepEqual([...new Set(td[0].sources.map((s) => s.uri.split('/').pop()))].sort(), ['s3-upload-to-fargate.yaml', 'td.json']);
});

test('template nodes open at their logical id; resources without a name stay apart per template', () => {
  const a = yaml(
    'a.yaml',
    'Resources:\n  Task:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      ContainerDefinitions: [{Name: app, Image: nginx}]\n',
  );
  const b = yaml('b.yaml', a.text);
  const r = renderDiagram(serviceOf([a, b]).workspace);
  const tasks = r.outline.nodes.filter((n) => n.kind === 'task-definition');
  assert.deepEqual(tasks.map((n) => n.label).sort(), ['Task definition Task (a)', 'Task definition Task (b)']);
  for (const t of tasks) {
    const s = t.sources[0];
    assert.deepEqual([s.range.start.line, s.range.start.character, s.range.end.character], [1, 2, 6], 'the key `Task`');
  }
});

test('names with quotes and Mermaid syntax stay inside their labels', () => {
  const evil = 'a"] --> evil["pwned';
  const r = renderDiagram(
    serviceOf([
      yaml(
        'evil.yaml',
        `Resources:\n  Q: {Type: AWS::SQS::Queue, Properties: {QueueName: ${JSON.stringify(evil)}}}\n  T: {Type: AWS::SNS::Topic, Properties: {TopicName: "click n_1 href 'javascript:alert(1)'"}}\n  R:\n    Type: AWS::Events::Rule\n    Properties:\n      Name: "%%{init: {}}%%"\n      EventPattern: {source: [aws.ecs]}\n      Targets: [{Id: x, Arn: !Ref T}]\n`,
      ),
    ]).workspace,
  );
  assert.ok(!r.mermaid.includes('evil["pwned'), 'the quote is escaped');
  assert.ok(!/^\s*click /m.test(r.mermaid), 'no click line');
  assert.ok(!r.mermaid.includes('%%{init'), 'no init directive');
  assert.ok(r.outline.nodes.some((n) => n.kind === 'sqs-queue'));
});
