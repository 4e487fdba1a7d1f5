/** The ECS rules on a template's ECS resources, through the views: one rule set, two syntaxes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allFindings, findings, spanOf, tpl } from './rules/helpers';
import { lowerFirstRun, apiName } from '../../../server/src/core/cfn/ecs/names';
import { templateWords } from '../../../server/src/core/cfn/ecs/messages';

const FARGATE_TASK = (cpu: string, memory: string, extra = '') => `  TaskDef:
    Type: AWS::ECS::TaskDefinition
    Properties:
      RequiresCompatibilities: [FARGATE]
      NetworkMode: awsvpc
      Cpu: ${cpu}
      Memory: ${memory}
      ContainerDefinitions:
        - Name: app
          Image: public.ecr.aws/nginx/nginx:1.27
          Essential: 'true'
          PortMappings:
            - ContainerPort: '80'
${extra}`;

test('names: PascalCase to the API, acronyms and the real exceptions', () => {
  assert.equal(lowerFirstRun('ContainerDefinitions'), 'containerDefinitions');
  assert.equal(lowerFirstRun('IAM'), 'iam');
  assert.equal(lowerFirstRun('EFSVolumeConfiguration'), 'efsVolumeConfiguration');
  assert.equal(lowerFirstRun('SizeInGiB'), 'sizeInGiB');
  assert.equal(lowerFirstRun('EnableECSManagedTags'), 'enableECSManagedTags');
  assert.equal(
    apiName('AWS::ECS::TaskDefinition', 'FSxWindowsFileServerVolumeConfiguration', false),
    'fsxWindowsFileServerVolumeConfiguration',
  );
  assert.equal(apiName('AWS::ECS::TaskDefinition', 'FilesystemId', false), 'fileSystemId');
  assert.equal(apiName('AWS::ECS::Service', 'PlacementStrategies', true), 'placementStrategy');
  assert.equal(apiName('AWS::ECS::Cluster', 'ClusterSettings', true), 'settings');
  assert.equal(apiName('AWS::ApplicationAutoScaling::ScalingPolicy', 'ScalingTargetId', true), undefined);
  assert.equal(apiName('AWS::ApplicationAutoScaling::ScalableTarget', 'MinCapacity', true), 'MinCapacity');
});

test("messages speak the template: API field names become the template's", () => {
  const names = new Map([
    ['requiresCompatibilities', 'RequiresCompatibilities'],
    ['cpu', 'Cpu'],
  ]);
  assert.equal(
    templateWords('Add "FARGATE" to requiresCompatibilities; set "cpu" and networkMode.', names),
    'Add "FARGATE" to RequiresCompatibilities; set "Cpu" and NetworkMode.',
  );
  assert.equal(templateWords('the efsVolumeConfiguration of awslogs-group', new Map()), 'the EFSVolumeConfiguration of awslogs-group');
});

test("an ECS rule fires on the template's own node, with the template's words and no fix", () => {
  const text = tpl(FARGATE_TASK("'256'", "'4096'"));
  const f = findings('ecs/fargate-cpu-memory', text);
  assert.equal(f.length, 1, JSON.stringify(f));
  assert.equal(spanOf(text, f[0]), "'4096'");
  assert.equal(f[0].fixes, undefined);
  assert.doesNotMatch(f[0].message, /\bmemory\b.*\bcpu\b|requiresCompatibilities/);
  assert.deepEqual(findings('ecs/fargate-cpu-memory', tpl(FARGATE_TASK("'256'", "'512'"))), []);
});

test('a value from a parameter is checked for its Default, and each AllowedValue', () => {
  const head = `Parameters:\n  Mem:\n    Type: String\n    Default: '512'\n    AllowedValues: ['512', '1024', '4096']\n`;
  const text = tpl(FARGATE_TASK("'256'", '!Ref Mem'), head);
  const f = findings('ecs/fargate-cpu-memory', text);
  assert.equal(f.length, 1, JSON.stringify(f));
  assert.equal(spanOf(text, f[0]), '!Ref Mem');
  assert.match(f[0].message, /when parameter Mem is "4096"/);
  // a value that does not resolve is skipped
  assert.deepEqual(findings('ecs/fargate-cpu-memory', tpl(FARGATE_TASK("'256'", '!ImportValue SharedMemory'))), []);
});

test("a service finds the template's task definition through !Ref (cross-resource rules)", () => {
  const service = (lb: string) => `  Service:
    Type: AWS::ECS::Service
    Properties:
      LaunchType: FARGATE
      TaskDefinition: !Ref TaskDef
      NetworkConfiguration:
        AwsvpcConfiguration:
          Subnets: [subnet-1]
      LoadBalancers:
        - ContainerName: ${lb}
          ContainerPort: 80
          TargetGroupArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/tg/1
`;
  const bad = tpl(FARGATE_TASK("'256'", "'512'") + service('web'));
  const f = findings('ecs/service-load-balancer-container', bad);
  assert.equal(f.length, 1, JSON.stringify(f));
  assert.equal(spanOf(bad, f[0]), 'web');
  assert.match(f[0].message, /no container "web"/);
  assert.deepEqual(allFindings(tpl(FARGATE_TASK("'256'", "'512'") + service('app'))), []);
});

test('optional properties behind !If are read from the branch that sets them', () => {
  const text = tpl(
    `  TaskDef:
    Type: AWS::ECS::TaskDefinition
    Properties:
      RequiresCompatibilities: [FARGATE]
      NetworkMode: !If [IsVpc, awsvpc, !Ref 'AWS::NoValue']
      Cpu: '256'
      Memory: '512'
      ContainerDefinitions:
        - Name: app
          Image: public.ecr.aws/nginx/nginx:1.27
`,
    'Conditions:\n  IsVpc: !Equals [a, a]\n',
  );
  assert.deepEqual(findings('ecs/fargate-network-mode', text), []);
});
