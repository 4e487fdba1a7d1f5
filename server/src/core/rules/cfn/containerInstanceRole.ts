/**
 * The EC2 instances behind a capacity provider (or whose user data joins a cluster) run the ECS
 * agent with their instance profile's role: it must register the instance, poll for work and
 * report task state, and, for tasks with no execution role, pull from private ECR and write
 * `awslogs` logs. Without that the instances never join the cluster and tasks stay pending.
 */
import type { AstNode } from '../../parse/tree';
import { toValue } from '../../parse/tree';
import type { Rule, RuleFinding } from '../rule';
import { at } from '../place';
import type { CfnTemplate } from '../../cfn/template';
import { resourcesOfType } from '../../cfn/template';
import { prop, roleAllows, serviceMatcher } from '../../cfn/iam/templateRoles';
import { containerInstances, instanceRole, type ContainerInstances } from '../../cfn/ecs/containerInstances';
import { isTemplate, template } from './guard';

const AGENT = [
  'ecs:RegisterContainerInstance',
  'ecs:DiscoverPollEndpoint',
  'ecs:Poll',
  'ecs:SubmitContainerStateChange',
  'ecs:SubmitTaskStateChange',
];
const ECR_PULL = ['ecr:GetAuthorizationToken', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'];
const LOGS = ['logs:CreateLogStream', 'logs:PutLogEvents'];

export const containerInstanceRole: Rule = {
  id: 'cfn/container-instance-role',
  severity: 'error',
  description:
    "The instance profile of an ECS container instance's launch template or configuration lets the ECS agent register, poll and report (and pull and log for tasks without an execution role).",
  appliesTo: isTemplate,
  check(doc) {
    const t = template(doc);
    if (!t) return [];
    const out: RuleFinding[] = [];
    const agentNeeds = taskNeeds(t);
    for (const ci of containerInstances(t)) out.push(...checkInstances(t, ci, agentNeeds));
    return out;
  },
};

function checkInstances(t: CfnTemplate, ci: ContainerInstances, extra: { actions: string[]; why: string }[]): RuleFinding[] {
  const { spec, node, role } = instanceRole(t, ci.data);
  const where = ci.providers.length ? `capacity provider "${ci.providers[0].name}"` : `launch ${kind(ci)} "${ci.launch.name}"`;
  if (!spec) {
    const key = keyOf(ci.data) ?? ci.launch.key;
    return [
      at(
        key,
        `The instances of ${where} have no IamInstanceProfile, so the ECS agent cannot register them with the cluster. Give them an instance profile whose role has AmazonEC2ContainerServiceforEC2Role.`,
      ),
    ];
  }
  if (!role || !node) return [];
  const missing = (actions: string[]) => actions.filter((a) => roleAllows(t, role, a, serviceMatcher(a.split(':')[0])) === 'no');
  const out: RuleFinding[] = [];
  const agent = missing(AGENT);
  if (agent.length)
    out.push(
      at(
        node,
        `Role "${role.name}" of the instance profile does not allow ${agent.join(', ')}, so the ECS agent on the instances of ${where} cannot join the cluster or run tasks. Attach the managed policy AmazonEC2ContainerServiceforEC2Role or allow these actions.`,
      ),
    );
  for (const need of extra) {
    const m = missing(need.actions);
    if (m.length)
      out.push(
        at(
          node,
          `Role "${role.name}" of the instance profile does not allow ${m.join(', ')}, which ${need.why} needs on the instances of ${where}. Attach AmazonEC2ContainerServiceforEC2Role, allow these actions, or give the task an execution role.`,
        ),
      );
  }
  return out;
}

const kind = (ci: ContainerInstances) => (ci.launch.type === 'AWS::EC2::LaunchTemplate' ? 'template' : 'configuration');

const keyOf = (n: AstNode | undefined): AstNode | undefined => (n?.parent?.type === 'property' ? n.parent.children?.[0] : undefined);

/**
 * What the instance role does for the template's EC2 tasks that have no execution role: the
 * agent pulls their private ECR images and sends their awslogs logs with its own credentials.
 */
function taskNeeds(t: CfnTemplate): { actions: string[]; why: string }[] {
  const out: { actions: string[]; why: string }[] = [];
  for (const td of resourcesOfType(t, 'AWS::ECS::TaskDefinition')) {
    if (prop(td.properties, 'ExecutionRoleArn')) continue;
    const compat = toValue(prop(td.properties, 'RequiresCompatibilities'));
    if (Array.isArray(compat) && !compat.includes('EC2')) continue;
    const list = prop(td.properties, 'ContainerDefinitions');
    for (const c of list?.type === 'array' ? (list.children ?? []) : []) {
      if (JSON.stringify(toValue(prop(c, 'Image')) ?? '').includes('.dkr.ecr.'))
        out.push({ actions: ECR_PULL, why: `pulling the private ECR image of task definition "${td.name}"` });
      if (prop(prop(c, 'LogConfiguration'), 'LogDriver')?.value === 'awslogs')
        out.push({ actions: LOGS, why: `the awslogs log driver of task definition "${td.name}"` });
    }
  }
  const seen = new Set<string>();
  return out.filter((n) => !seen.has(n.why) && !!seen.add(n.why));
}
