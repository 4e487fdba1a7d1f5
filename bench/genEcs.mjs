/** ECS task and service definitions for the generated workspaces (one Fargate size mismatch in a few). */
import { ACCOUNT, WORDS } from './genRandom.mjs';
const FARGATE_SIZES = [
  ['256', '512'],
  ['512', '1024'],
  ['1024', '2048'],
  ['2048', '4096'],
  ['4096', '8192'],
];

function container(g, name, family, k, { extraEnv = 0 } = {}) {
  const env = Array.from({ length: g.int(2, 6) + extraEnv }, (_, j) => ({
    name: `${name.toUpperCase().replace(/-/g, '_')}_SETTING_${j}`,
    value: `v${g.int(1, 99999)}`,
  }));
  return {
    name: k === 0 ? name : `${name}-sidecar-${k}`,
    image: g.image(name),
    essential: k === 0,
    portMappings: k === 0 ? [{ containerPort: g.pick([80, 8080, 3000]), protocol: 'tcp' }] : [],
    environment: env,
    secrets: [{ name: 'DB_PASSWORD', valueFrom: `arn:aws:secretsmanager:eu-west-1:${ACCOUNT}:secret:${family}/db-${g.int(100, 999)}` }],
    logConfiguration: {
      logDriver: 'awslogs',
      options: { 'awslogs-group': `/ecs/${family}`, 'awslogs-region': 'eu-west-1', 'awslogs-stream-prefix': name },
    },
    healthCheck:
      k === 0 ? { command: ['CMD-SHELL', 'curl -f http://localhost/health || exit 1'], interval: 30, timeout: 5, retries: 3 } : undefined,
  };
}

export function taskDefinition(g, family, opts = {}) {
  let [cpu, memory] = g.pick(FARGATE_SIZES);
  if (g.chance(0.05)) memory = '3000'; // a size Fargate does not offer
  const containers = Array.from({ length: opts.containers ?? g.int(1, 3) }, (_, k) => container(g, family, family, k, opts));
  return {
    family,
    taskRoleArn: `arn:aws:iam::${ACCOUNT}:role/${family}-task`,
    executionRoleArn: `arn:aws:iam::${ACCOUNT}:role/ecsTaskExecutionRole`,
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu,
    memory,
    containerDefinitions: containers,
    runtimePlatform: { cpuArchitecture: g.pick(['X86_64', 'ARM64']), operatingSystemFamily: 'LINUX' },
    tags: [{ key: 'team', value: g.pick(WORDS) }],
  };
}

export function ecsService(g, family, cluster) {
  return {
    cluster,
    serviceName: family,
    taskDefinition: family,
    desiredCount: g.int(1, 6),
    launchType: 'FARGATE',
    loadBalancers: [
      {
        targetGroupArn: `arn:aws:elasticloadbalancing:eu-west-1:${ACCOUNT}:targetgroup/${family}/0123456789abcdef`,
        containerName: family,
        containerPort: 8080,
      },
    ],
    networkConfiguration: {
      awsvpcConfiguration: {
        subnets: ['subnet-0aaa1111bbbb2222c', 'subnet-0ddd3333eeee4444f'],
        securityGroups: ['sg-0123456789abcdef0'],
        assignPublicIp: 'DISABLED',
      },
    },
    deploymentConfiguration: {
      minimumHealthyPercent: 100,
      maximumPercent: 200,
      deploymentCircuitBreaker: { enable: true, rollback: true },
    },
  };
}
