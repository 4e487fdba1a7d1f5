/**
 * The bundled ECS schemas: they compile under ajv's strict mode, accept real and typical valid
 * documents, and reject the usual mistakes. (Documentation and real-world checks: ecs-schemas-docs.test.ts.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type Json, BASE, SCHEMAS, FILES, ajv, errorsOf, assertValid, assertInvalid } from './ecsSchemaKit';
const fargateTask = (): Json => ({
  family: 'web-api',
  taskRoleArn: 'arn:aws:iam::123456789012:role/web-api-task',
  executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  cpu: '1 vCPU',
  memory: '2 GB',
  runtimePlatform: { operatingSystemFamily: 'LINUX', cpuArchitecture: 'ARM64' },
  ephemeralStorage: { sizeInGiB: 40 },
  containerDefinitions: [
    {
      name: 'app',
      image: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/web-api:1.4.2',
      essential: true,
      cpu: 512,
      memory: 1024,
      memoryReservation: 512,
      portMappings: [{ containerPort: 8080, hostPort: 8080, protocol: 'tcp', name: 'http', appProtocol: 'http' }],
      environment: [{ name: 'PORT', value: '8080' }],
      environmentFiles: [{ value: 'arn:aws:s3:::config-bucket/web-api.env', type: 's3' }],
      secrets: [{ name: 'DB_PASSWORD', valueFrom: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf' }],
      logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/web-api', 'awslogs-region': 'eu-west-1', 'awslogs-stream-prefix': 'app' } },
      healthCheck: { command: ['CMD-SHELL', 'curl -f http://localhost:8080/health || exit 1'], interval: 30, timeout: 5, retries: 3, startPeriod: 60 },
      dependsOn: [{ containerName: 'log-router', condition: 'START' }],
      restartPolicy: { enabled: true, ignoredExitCodes: [0], restartAttemptPeriod: 300 },
      linuxParameters: { initProcessEnabled: true, capabilities: { add: ['SYS_PTRACE'], drop: ['NET_RAW'] } },
      mountPoints: [{ sourceVolume: 'shared', containerPath: '/data', readOnly: false }],
      ulimits: [{ name: 'nofile', softLimit: 65536, hardLimit: 65536 }],
      readonlyRootFilesystem: true,
      stopTimeout: 60,
      versionConsistency: 'enabled',
      dockerLabels: { team: 'payments' },
    },
    {
      name: 'log-router',
      image: 'public.ecr.aws/aws-observability/aws-for-fluent-bit:stable',
      essential: false,
      firelensConfiguration: { type: 'fluentbit', options: { 'enable-ecs-log-metadata': 'true' } },
      memoryReservation: 50,
    },
  ],
  volumes: [{
    name: 'shared',
    efsVolumeConfiguration: { fileSystemId: 'fs-0123456789abcdef0', transitEncryption: 'ENABLED', authorizationConfig: { accessPointId: 'fsap-0123456789abcdef0', iam: 'ENABLED' } },
  }],
  tags: [{ key: 'team', value: 'payments' }],
  enableFaultInjection: false,
});

const ec2Task = (): Json => ({
  family: 'legacy_worker',
  taskRoleArn: 'worker-role', // a bare role name: ECS accepts it
  networkMode: 'bridge',
  requiresCompatibilities: ['EC2'],
  cpu: 256,
  memory: 512,
  pidMode: 'task',
  ipcMode: 'none',
  placementConstraints: [{ type: 'memberOf', expression: 'attribute:ecs.instance-type =~ t3.*' }],
  containerDefinitions: [{
    name: 'worker',
    image: 'busybox',
    memory: 128,
    links: ['db:database'],
    portMappings: [{ containerPort: 80, hostPort: 0 }],
    linuxParameters: { sharedMemorySize: 64, tmpfs: [{ containerPath: '/tmp', size: 64, mountOptions: ['rw'] }], maxSwap: 0, swappiness: 10, devices: [{ hostPath: '/dev/fuse', permissions: ['read', 'write'] }] },
    resourceRequirements: [{ type: 'GPU', value: '1' }],
    systemControls: [{ namespace: 'net.core.somaxconn', value: '1024' }],
    extraHosts: [{ hostname: 'db', ipAddress: '10.0.0.5' }],
    dnsServers: ['10.0.0.2'],
    logConfiguration: { logDriver: 'json-file', options: { 'max-size': '10m' } },
  }, { name: 'db', image: 'postgres:16', memory: 256, essential: false }],
  volumes: [
    { name: 'scratch', host: { sourcePath: '/var/scratch' } },
    { name: 'docker', dockerVolumeConfiguration: { scope: 'shared', autoprovision: true, driver: 'local', driverOpts: { type: 'tmpfs' }, labels: { a: 'b' } } },
    { name: 'ebs', configuredAtLaunch: true },
  ],
});

const service = (): Json => ({
  cluster: 'prod',
  serviceName: 'web-api',
  taskDefinition: 'web-api:12',
  desiredCount: 3,
  capacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 1, base: 1 }, { capacityProvider: 'FARGATE_SPOT', weight: 3 }],
  platformVersion: 'LATEST',
  loadBalancers: [{ targetGroupArn: 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/0123456789abcdef', containerName: 'app', containerPort: 8080 }],
  networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0a', 'subnet-0b'], securityGroups: ['sg-0a'], assignPublicIp: 'DISABLED' } },
  deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true }, maximumPercent: 200, minimumHealthyPercent: 100, strategy: 'ROLLING', alarms: { alarmNames: ['high-5xx'], enable: true, rollback: true } },
  deploymentController: { type: 'ECS' },
  placementStrategy: [{ type: 'spread', field: 'attribute:ecs.availability-zone' }],
  healthCheckGracePeriodSeconds: 60,
  schedulingStrategy: 'REPLICA',
  enableECSManagedTags: true,
  propagateTags: 'SERVICE',
  enableExecuteCommand: true,
  availabilityZoneRebalancing: 'ENABLED',
  serviceConnectConfiguration: { enabled: true, namespace: 'internal', services: [{ portName: 'http', clientAliases: [{ port: 80, dnsName: 'web-api' }] }] },
  volumeConfigurations: [{ name: 'ebs', managedEBSVolume: { roleArn: 'arn:aws:iam::123456789012:role/ecsInfra', sizeInGiB: 20, volumeType: 'gp3', filesystemType: 'ext4' } }],
  tags: [{ key: 'team', value: 'payments' }],
});

// ---------- compile ----------
test('every ECS schema compiles under ajv strict mode, with cross-file refs resolved', () => {
  assert.ok(FILES.length >= 8, `schemas found: ${FILES.join(', ')}`);
  for (const s of SCHEMAS) {
    assert.equal(s.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.ok(String(s.$id).startsWith(BASE), s.$id);
    assert.ok(ajv.getSchema(s.$id), `${s.$id} compiles`);
  }
  for (const t of ['task-definition', 'container-definitions', 'service', 'cluster', 'ecr-lifecycle-policy', 'scalable-target', 'scaling-policy', 'scheduled-action']) {
    assert.ok(FILES.includes(`${t}.schema.json`), `${t}.schema.json exists (SchemaStore looks it up by document type)`);
  }
});

// ---------- valid documents ----------
test('task definitions: Fargate and EC2 documents are accepted', () => {
  assertValid('task-definition', fargateTask());
  assertValid('task-definition', ec2Task());
  assertValid('task-definition', { family: 'min', containerDefinitions: [{ name: 'a', image: 'nginx' }] });
  assertValid('task-definition', { ...fargateTask(), cpu: '1024', memory: '2048' });
  assertValid('task-definition', { ...fargateTask(), executionRoleArn: 'arn:aws-cn:iam::123456789012:role/path/exec' });
});

test('describe-task-definition output: read-only fields are allowed and marked', () => {
  const described = {
    ...fargateTask(),
    taskDefinitionArn: 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web-api:12',
    revision: 12,
    status: 'ACTIVE',
    requiresAttributes: [{ name: 'com.amazonaws.ecs.capability.logging-driver.awslogs' }, { name: 'ecs.capability.execution-role-awslogs' }],
    compatibilities: ['EC2', 'FARGATE'],
    registeredAt: '2024-05-01T10:00:00.000Z',
    registeredBy: 'arn:aws:iam::123456789012:user/ci',
    deregisteredAt: 1714557600.123,
  };
  assertValid('task-definition', described);
  const props = SCHEMAS.find((s) => s.$id === `${BASE}task-definition.schema.json`)!.properties;
  for (const k of ['taskDefinitionArn', 'revision', 'status', 'requiresAttributes', 'compatibilities', 'registeredAt', 'registeredBy', 'deregisteredAt']) {
    assert.equal(props[k]['x-read-only'], true, `${k} is x-read-only`);
  }
  assert.equal(props.family['x-read-only'], undefined);
});

test('container definitions file: an array of container definitions', () => {
  assertValid('container-definitions', fargateTask().containerDefinitions);
  assertInvalid('container-definitions', [{ name: 'a', image: 'nginx', portMappings: [{ containerPort: '80' }] }], '/0/portMappings/0/containerPort');
  assertInvalid('container-definitions', [], '/');
});

test('service: create-service and update-service shapes are both accepted', () => {
  assertValid('service', service());
  assertValid('service', { cluster: 'prod', service: 'web-api', taskDefinition: 'web-api:13', forceNewDeployment: true, desiredCount: 4 });
  assertValid('service', { serviceName: 'agent', taskDefinition: 'agent', schedulingStrategy: 'DAEMON', launchType: 'EC2', placementConstraints: [{ type: 'distinctInstance' }] });
  // a missing name is one clear error, not "matches multiple schemas" noise
  const errs = errorsOf('service', { cluster: 'prod', taskDefinition: 'x' });
  assert.ok(errs.some((e) => /serviceName/.test(e)) && errs.some((e) => /service'/.test(e)), JSON.stringify(errs));
  assert.ok(!errs.some((e) => /more than one|multiple/.test(e)), JSON.stringify(errs));
});

test('cluster, ECR lifecycle policy and auto scaling documents are accepted', () => {
  assertValid('cluster', {
    clusterName: 'prod',
    capacityProviders: ['FARGATE', 'FARGATE_SPOT'],
    defaultCapacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 1 }],
    settings: [{ name: 'containerInsights', value: 'enhanced' }],
    configuration: { executeCommandConfiguration: { logging: 'OVERRIDE', logConfiguration: { cloudWatchLogGroupName: '/ecs/exec', cloudWatchEncryptionEnabled: true } }, managedStorageConfiguration: { kmsKeyId: 'alias/ecs' } },
    serviceConnectDefaults: { namespace: 'internal' },
    tags: [{ key: 'env', value: 'prod' }],
  });
  assertValid('ecr-lifecycle-policy', { rules: [
    { rulePriority: 1, description: 'drop untagged after a week', selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 7 }, action: { type: 'expire' } },
    { rulePriority: 2, selection: { tagStatus: 'tagged', tagPatternList: ['release-*'], countType: 'imageCountMoreThan', countNumber: 30 }, action: { type: 'expire' } },
    { rulePriority: 3, selection: { tagStatus: 'any', countType: 'sinceImagePulled', countUnit: 'days', countNumber: 90 }, action: { type: 'transition', targetStorageClass: 'archive' } },
  ] });
  assertValid('scalable-target', { ServiceNamespace: 'ecs', ResourceId: 'service/prod/web-api', ScalableDimension: 'ecs:service:DesiredCount', MinCapacity: 2, MaxCapacity: 20, SuspendedState: { DynamicScalingInSuspended: false }, Tags: { team: 'payments' } });
  assertValid('scaling-policy', {
    PolicyName: 'cpu60', ServiceNamespace: 'ecs', ResourceId: 'service/prod/web-api', ScalableDimension: 'ecs:service:DesiredCount', PolicyType: 'TargetTrackingScaling',
    TargetTrackingScalingPolicyConfiguration: { TargetValue: 60, PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' }, ScaleOutCooldown: 60, ScaleInCooldown: 300, DisableScaleIn: false },
  });
  assertValid('scaling-policy', {
    PolicyName: 'queue-depth', ServiceNamespace: 'ecs', ResourceId: 'service/prod/worker', ScalableDimension: 'ecs:service:DesiredCount', PolicyType: 'StepScaling',
    StepScalingPolicyConfiguration: { AdjustmentType: 'ChangeInCapacity', Cooldown: 60, MetricAggregationType: 'Average', StepAdjustments: [{ MetricIntervalLowerBound: 0, MetricIntervalUpperBound: 100, ScalingAdjustment: 1 }, { MetricIntervalLowerBound: 100, ScalingAdjustment: 3 }] },
  });
  for (const Schedule of ['cron(0 8 ? * MON-FRI *)', 'rate(5 minutes)', 'at(2025-12-24T18:00:00)']) {
    assertValid('scheduled-action', { ServiceNamespace: 'ecs', ScheduledActionName: 'office-hours', ResourceId: 'service/prod/web-api', ScalableDimension: 'ecs:service:DesiredCount', Schedule, Timezone: 'Europe/Berlin', StartTime: '2025-01-01T00:00:00Z', ScalableTargetAction: { MinCapacity: 4, MaxCapacity: 20 } });
  }
});

// ---------- typical mistakes ----------
test('typical task definition mistakes are rejected at the right path', () => {
  const t = fargateTask();
  t.containerDefinitions[0].portMappings[0].containerPort = '8080';
  assertInvalid('task-definition', t, '/containerDefinitions/0/portMappings/0/containerPort');
  assertInvalid('task-definition', { ...fargateTask(), networkMode: 'bridged' }, '/networkMode');
  assertInvalid('task-definition', { ...fargateTask(), famliy: 'x' }, '/');
  const { family: _f, ...noFamily } = fargateTask();
  assertInvalid('task-definition', noFamily, '/');
  const nested = fargateTask();
  nested.containerDefinitions[0].healthCheck.intervall = 10;
  assertInvalid('task-definition', nested, '/containerDefinitions/0/healthCheck');
  const hc = fargateTask();
  hc.containerDefinitions[0].healthCheck.interval = 2;
  assertInvalid('task-definition', hc, '/containerDefinitions/0/healthCheck/interval');
  assertInvalid('task-definition', { ...fargateTask(), ephemeralStorage: { sizeInGiB: 20 } }, '/ephemeralStorage/sizeInGiB');
  assertInvalid('task-definition', { ...fargateTask(), requiresCompatibilities: ['fargate'] }, '/requiresCompatibilities/0');
  assertInvalid('task-definition', { ...fargateTask(), cpu: '1 core' }, '/cpu');
  assertInvalid('task-definition', { ...fargateTask(), family: 'my app' }, '/family');
  assertInvalid('task-definition', { ...fargateTask(), executionRoleArn: 'arn:aws:iam::123456789012:policy/AmazonECSTaskExecutionRolePolicy' }, '/executionRoleArn');
  const dep = fargateTask();
  dep.containerDefinitions[0].dependsOn[0].condition = 'RUNNING';
  assertInvalid('task-definition', dep, '/containerDefinitions/0/dependsOn/0/condition');
  const log = fargateTask();
  log.containerDefinitions[0].logConfiguration.logDriver = 'cloudwatch';
  assertInvalid('task-definition', log, '/containerDefinitions/0/logConfiguration/logDriver');
  const env = fargateTask();
  env.containerDefinitions[0].environment[0].value = 8080;
  assertInvalid('task-definition', env, '/containerDefinitions/0/environment/0/value');
});

test('typical service, cluster, ECR and scaling mistakes are rejected', () => {
  assertInvalid('service', { ...service(), capacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 2000 }] }, '/capacityProviderStrategy/0/weight');
  const subnets = Array.from({ length: 17 }, (_, i) => `subnet-${i}`);
  assertInvalid('service', { ...service(), networkConfiguration: { awsvpcConfiguration: { subnets } } }, '/networkConfiguration/awsvpcConfiguration/subnets');
  assertInvalid('service', { ...service(), networkConfiguration: { awsvpcConfiguration: { subnets: ['a'], assignPublicIp: 'true' } } }, '/networkConfiguration/awsvpcConfiguration/assignPublicIp');
  assertInvalid('service', { ...service(), placementStrategy: [{ type: 'pack', field: 'memory' }] }, '/placementStrategy/0/type');
  assertInvalid('service', { ...service(), deploymentController: { type: 'BLUE_GREEN' } }, '/deploymentController/type');
  assertInvalid('service', { ...service(), launchtype: 'FARGATE' }, '/');
  assertInvalid('cluster', { clusterName: 'c', settings: [{ name: 'containerInsights', value: 'on' }] }, '/settings/0/value');
  assertInvalid('ecr-lifecycle-policy', { rules: [{ rulePriority: 0, selection: { tagStatus: 'all', countType: 'imageCountMoreThan', countNumber: 1 }, action: { type: 'delete' } }] }, '/rules/0/rulePriority');
  assertInvalid('ecr-lifecycle-policy', { rules: [{ rulePriority: 1, selection: { tagStatus: 'all', countType: 'imageCountMoreThan', countNumber: 1 }, action: { type: 'expire' } }] }, '/rules/0/selection/tagStatus');
  assertInvalid('scalable-target', { ServiceNamespace: 'ecs', ResourceId: 'prod/web-api', ScalableDimension: 'ecs:service:DesiredCount' }, '/ResourceId');
  assertInvalid('scaling-policy', { PolicyName: 'p', ServiceNamespace: 'ecs', ResourceId: 'service/a/b', ScalableDimension: 'ecs:service:DesiredCount', TargetTrackingScalingPolicyConfiguration: { TargetValue: 50, PredefinedMetricSpecification: { PredefinedMetricType: 'CPUUtilization' } } }, '/TargetTrackingScalingPolicyConfiguration/PredefinedMetricSpecification/PredefinedMetricType');
  assertInvalid('scheduled-action', { ServiceNamespace: 'ecs', ScheduledActionName: 'x', ResourceId: 'service/a/b', ScalableDimension: 'ecs:service:DesiredCount', Schedule: 'every day' }, '/Schedule');
});

// ---------- real-world documents ----------
/**
 * Real files that fail, and why. Each is a genuine problem of the file (an upstream placeholder
 * or a value `aws ecs register-task-definition --cli-input-json` rejects), not a schema bug.
 */
// Genuine upstream mistakes (AWS rejects these too). Placeholder values (`$$$ROLE$$$`, `<image>`,
// `{INSERT …}`) are skipped below: the language service reports them as placeholder hints.
