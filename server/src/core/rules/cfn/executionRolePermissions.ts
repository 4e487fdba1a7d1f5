/**
 * The execution role a template gives a task definition can do what starting the task needs:
 * pull from private ECR, write `awslogs` logs, read the secrets it injects (Secrets Manager, SSM
 * Parameter Store, private registry credentials) and decrypt them with their KMS key. Through
 * `AmazonECSTaskExecutionRolePolicy` or statements; a policy we cannot read says nothing.
 */
import type { AstNode } from '../../parse/tree';
import { toValue } from '../../parse/tree';
import type { Rule, RuleFinding } from '../rule';
import type { CfnResource, CfnTemplate } from '../../cfn/template';
import { intrinsicOf } from '../../cfn/intrinsics';
import { prop, referencedResource, roleAllows, roleAt, serviceMatcher } from '../../cfn/iam/templateRoles';
import { resourceMatcher } from '../../cfn/iam/resources';
import type { ResourceMatch } from '../../cfn/iam/policy';
import { resourcesOfType } from '../../cfn/template';
import { isTemplate, template } from './guard';

interface Need {
  actions: string[];
  on: ResourceMatch;
  why: string;
}

const PRIVATE_ECR = /\d{12}\.dkr\.ecr\.|\$\{AWS::AccountId\}\.dkr\.ecr\./;

export const executionRolePermissions: Rule = {
  id: 'cfn/execution-role-permissions',
  severity: 'error',
  description:
    "A task's execution role defined in the template allows what starting the task needs (ECR pull, awslogs, secrets and their KMS key).",
  appliesTo: isTemplate,
  check(doc) {
    const t = template(doc);
    if (!t) return [];
    const out: RuleFinding[] = [];
    for (const r of resourcesOfType(t, 'AWS::ECS::TaskDefinition')) {
      const node = prop(r.properties, 'ExecutionRoleArn');
      const role = roleAt(t, node);
      if (!node || !role) continue;
      for (const need of needs(t, r)) {
        const missing = need.actions.filter((a) => roleAllows(t, role, a, need.on) === 'no');
        if (!missing.length) continue;
        out.push({
          offset: node.offset,
          length: node.length,
          message: `Execution role "${role.name}" does not allow ${missing.join(', ')}, which ${need.why} needs. Attach the managed policy AmazonECSTaskExecutionRolePolicy or add a statement allowing it.`,
        });
      }
    }
    return out;
  },
};

function containers(r: CfnResource): AstNode[] {
  const list = prop(r.properties, 'ContainerDefinitions');
  return list?.type === 'array' ? (list.children ?? []).filter((c) => c.type === 'object') : [];
}

const text = (n: AstNode | undefined): string | undefined => {
  if (typeof n?.value === 'string') return n.value;
  const fn = intrinsicOf(n);
  if (fn?.name === 'Fn::Sub') {
    const v = toValue(fn.arg);
    return typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : undefined;
  }
  if (fn?.name === 'Fn::Join') return JSON.stringify(toValue(fn.arg));
  return undefined;
};

function needs(t: CfnTemplate, r: CfnResource): Need[] {
  const out: Need[] = [];
  const seen = new Set<string>();
  const add = (n: Need) => {
    const key = `${n.actions.join()}|${n.why}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(n);
  };
  for (const c of containers(r)) {
    const image = text(prop(c, 'Image'));
    if ((image && PRIVATE_ECR.test(image)) || (image?.includes('.dkr.ecr.') && image.includes('AWS::AccountId')))
      add({
        actions: ['ecr:GetAuthorizationToken', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
        on: serviceMatcher('ecr'),
        why: 'pulling an image from private ECR',
      });
    const log = prop(c, 'LogConfiguration');
    if (prop(log, 'LogDriver')?.value === 'awslogs')
      add({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], on: serviceMatcher('logs'), why: 'the awslogs log driver' });
    const secretNodes = [...(prop(c, 'Secrets')?.children ?? []), ...(prop(log, 'SecretOptions')?.children ?? [])].map((s) =>
      prop(s, 'ValueFrom'),
    );
    const creds = prop(prop(c, 'RepositoryCredentials'), 'CredentialsParameter');
    for (const v of [...secretNodes, creds]) if (v) secretNeeds(t, v, add);
  }
  return out;
}

function secretNeeds(t: CfnTemplate, v: AstNode, add: (n: Need) => void): void {
  const secret = referencedResource(t, v, ['AWS::SecretsManager::Secret']);
  if (secret) {
    add({
      actions: ['secretsmanager:GetSecretValue'],
      on: resourceMatcher({
        logicalId: secret.name,
        service: 'secretsmanager',
        prefix: 'secret:',
        arnAttributes: ['Id'],
        refIsArn: true,
        resourceIds: t.resources,
      }),
      why: `reading secret "${secret.name}"`,
    });
    const key = referencedResource(t, prop(secret.properties, 'KmsKeyId'), ['AWS::KMS::Key']);
    if (key)
      add({
        actions: ['kms:Decrypt'],
        on: resourceMatcher({
          logicalId: key.name,
          service: 'kms',
          prefix: 'key/',
          arnAttributes: ['Arn'],
          refIsArn: false,
          resourceIds: t.resources,
        }),
        why: `decrypting secret "${secret.name}" with key "${key.name}"`,
      });
    return;
  }
  const s = text(v);
  if (!s) return;
  if (/^arn:[^:]*:secretsmanager:/.test(s))
    add({ actions: ['secretsmanager:GetSecretValue'], on: serviceMatcher('secretsmanager'), why: 'reading a Secrets Manager secret' });
  else if (/^arn:[^:]*:ssm:/.test(s) || referencedResource(t, v, ['AWS::SSM::Parameter']))
    add({ actions: ['ssm:GetParameters'], on: serviceMatcher('ssm'), why: 'reading an SSM parameter' });
}
