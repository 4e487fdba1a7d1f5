/**
 * A template's ECS clusters, services and task definitions, drawn by the ECS builder itself
 * (graph/ecs.ts) from their API shapes (cfn/ecs/mapTree.ts), so they look like, and merge with,
 * the same cluster or task definition written as an ECS JSON file. Roles, images and target
 * groups the template defines are the template's own nodes; values only known at deploy time
 * draw nothing.
 */
import type { AstNode } from '../parse/tree';
import type { DocEntry } from '../workspace';
import type { EcsDocType } from '../ecs/kind';
import { isObj } from '../value';
import { intrinsicOf, subParts, subVariables } from '../cfn/intrinsics';
import { mapProperties, resourceUnit } from '../cfn/ecs/mapTree';
import { firstValue, resolveNode } from '../cfn/ecs/resolve';
import type { CfnResource } from '../cfn/template';
import { clusterNameOf } from '../ecs/refs';
import { addEcsDocs, ARN_REFS, type EcsRefs } from './ecs';
import { AWS_GROUP, nodeId, type NodeKind } from './model';
import { entrySpan, generatedName, items, keySpan, literal, prop, refId, resourcesOf, type TemplateCtx } from './cfnContext';

const TYPES: Record<string, EcsDocType> = {
  'AWS::ECS::TaskDefinition': 'task-definition',
  'AWS::ECS::Service': 'service',
  'AWS::ECS::Cluster': 'cluster',
};
const NO_CHOICES: ReadonlyMap<string, unknown> = new Map();

export function addTemplateEcs(ctx: TemplateCtx): void {
  const names = ecsNames(ctx);
  const docs = new Map<EcsDocType, DocEntry[]>();
  const drawn: { r: CfnResource; id: string }[] = [];
  let index = 0;
  for (const r of ctx.t.resources.values()) {
    const type = r.type ? TYPES[r.type] : undefined;
    if (!type || r.properties?.type !== 'object') continue;
    const m = mapProperties(r.type!, r.properties, (n, fn) => resolveNode(ctx.t, n, NO_CHOICES) ?? partialSub(ctx, n, fn));
    const value: Record<string, unknown> = isObj(m.value) ? { ...m.value } : {};
    let id: string;
    if (type === 'task-definition') {
      value.family = names.get(r.name);
      id = nodeId('task-definition', String(value.family));
    } else if (type === 'cluster') {
      value.clusterName = names.get(r.name);
      addAssociations(ctx, value, r.name);
      id = nodeId('ecs-cluster', String(value.clusterName));
    } else {
      const own = (key: string) => {
        const logical = refId(prop(r.properties, key));
        return logical ? names.get(logical) : undefined;
      };
      value.serviceName = literal(ctx, prop(r.properties, 'ServiceName')) ?? generatedName(ctx, r.name);
      value.taskDefinition = own('TaskDefinition') ?? value.taskDefinition;
      value.cluster = own('Cluster') ?? value.cluster ?? 'default';
      id = nodeId('ecs-service', clusterNameOf(String(value.cluster)), String(value.serviceName));
    }
    const unit = resourceUnit(r, m.root, value, type, index++);
    const list = docs.get(type);
    if (list) list.push({ file: ctx.entry.file, doc: unit });
    else docs.set(type, [{ file: ctx.entry.file, doc: unit }]);
    drawn.push({ r, id });
  }
  if (!drawn.length) return;
  addEcsDocs(ctx.b, (type) => docs.get(type) ?? [], templateRefs(ctx));
  for (const { r, id } of drawn) {
    const n = ctx.b.get(id);
    if (!n) continue;
    const generated =
      names.get(r.name) === generatedName(ctx, r.name) || (r.type === 'AWS::ECS::Service' && id.endsWith(`/${generatedName(ctx, r.name)}`));
    const facts = generated ? [`logical id ${r.name} (CloudFormation names it at deploy time)`] : [];
    ctx.b.node(n.kind, id, { label: n.label, facts, source: keySpan(ctx, r) });
    ctx.b.node(n.kind, id, { label: n.label, source: entrySpan(ctx, r) });
    ctx.ids.set(r.name, id);
  }
}

/** the names of the template's task definitions and clusters: the written name, else a stand-in */
export function ecsNames(ctx: TemplateCtx): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of resourcesOf(ctx, 'AWS::ECS::TaskDefinition', 'AWS::ECS::Cluster')) {
    const key = r.type === 'AWS::ECS::Cluster' ? 'ClusterName' : 'Family';
    out.set(r.name, literal(ctx, prop(r.properties, key)) ?? generatedName(ctx, r.name));
  }
  return out;
}

/** providers and default strategy an `AWS::ECS::ClusterCapacityProviderAssociations` adds to the cluster */
function addAssociations(ctx: TemplateCtx, cluster: Record<string, unknown>, logicalId: string): void {
  for (const a of resourcesOf(ctx, 'AWS::ECS::ClusterCapacityProviderAssociations')) {
    const named = prop(a.properties, 'Cluster');
    if (refId(named) !== logicalId && literal(ctx, named) !== cluster.clusterName) continue;
    const providers = items(prop(a.properties, 'CapacityProviders'))
      .map((n) => literal(ctx, n))
      .filter((p): p is string => !!p);
    cluster.capacityProviders = [...(Array.isArray(cluster.capacityProviders) ? cluster.capacityProviders : []), ...providers];
    const strategy = items(prop(a.properties, 'DefaultCapacityProviderStrategy')).map((s) => ({
      capacityProvider: literal(ctx, prop(s, 'CapacityProvider')),
      weight: numberOf(literal(ctx, prop(s, 'Weight'))),
      base: numberOf(literal(ctx, prop(s, 'Base'))),
    }));
    if (strategy.length) cluster.defaultCapacityProviderStrategy = strategy;
  }
}

const numberOf = (s: string | undefined): number | undefined => (s !== undefined && /^\d+$/.test(s) ? Number(s) : undefined);

/** a `${Id}` or `${Id.Attr}` placeholder the mapping left for an unresolved Ref/GetAtt */
const placeholderId = (s: string): string | undefined => /^\$\{([A-Za-z0-9]+)(?:\.[A-Za-z0-9.]+)?\}$/.exec(s.trim())?.[1];

/** roles, images and target groups as this template defines them */
function templateRefs(ctx: TemplateCtx): EcsRefs {
  const own = (s: string, kind: NodeKind) => {
    const logical = placeholderId(s);
    const id = logical ? ctx.ids.get(logical) : undefined;
    return id && ctx.b.get(id)?.kind === kind ? id : undefined;
  };
  return {
    role: (b, s, fact) => {
      const id = own(s, 'iam-role');
      if (id) b.node('iam-role', id, { label: '', facts: [fact] });
      if (id || !s.includes('${')) return id ?? ARN_REFS.role(b, s, fact);
      // `arn:${AWS::Partition}:iam::${AWS::AccountId}:role/name`: the name is known
      const name = /:role\/(?:[^${}]*\/)?([\w+=,.@-]+)$/.exec(s)?.[1];
      return name ? ARN_REFS.role(b, name, fact) : undefined;
    },
    image: (b, s) => {
      const id = own(s, 'ecr-repository');
      if (id) return { id, label: 'tag latest' };
      return s.includes('${') ? stackEcrImage(ctx, s) : ARN_REFS.image(b, s);
    },
    targetGroup: (b, s, source) => own(s, 'target-group') ?? (s.includes('${') ? undefined : ARN_REFS.targetGroup(b, s, source)),
  };
}

/** an ECR image of the stack's own account and Region (`${AWS::AccountId}.dkr.ecr.${AWS::Region}.…/repo:tag`) */
export function stackEcrImage(ctx: TemplateCtx, s: string): { id: string; label?: string } | undefined {
  const m = /^[^/]*\.dkr\.ecr\.[^/]*\/([^:@${}]+)(?::([^@]+)|@(sha256:.+))?$/.exec(s.trim());
  if (!m) return undefined;
  const id = ecrRepositoryId(m[1]);
  ctx.b.node('ecr-repository', id, { label: `ECR ${m[1]}`, group: AWS_GROUP, facts: ["in the stack's account and Region"] });
  const label = m[3]
    ? `digest ${m[3].slice(0, 19)}…`
    : m[2] && !m[2].includes('${')
      ? `tag ${m[2]}`
      : m[2]
        ? 'tag set at deploy time'
        : 'tag latest';
  return { id, label };
}

/** an ECR repository of the stack's account, named the same by images and `AWS::ECR::Repository` */
export const ecrRepositoryId = (name: string): string => nodeId('ecr-repository', 'stack', name);

/**
 * An `Fn::Sub` the template cannot fully resolve, with what it can filled in (parameters with a
 * value) and the rest left as `${…}`: enough to read an image's repository or a role's name.
 */
function partialSub(ctx: TemplateCtx, node: AstNode, fn: string): string | undefined {
  if (fn !== 'Fn::Sub') return undefined;
  const { template, vars } = subParts(intrinsicOf(node)?.arg);
  if (typeof template?.value !== 'string' || vars) return undefined;
  let out = template.value;
  for (const v of subVariables(template.value).reverse()) {
    const val = !v.attr && ctx.t.parameters.has(v.name) ? firstValue(ctx.t, v.name) : undefined;
    if (typeof val === 'string' || typeof val === 'number')
      out = out.slice(0, v.start - 2) + String(val) + out.slice(v.start + v.text.length + 1);
  }
  return out;
}
