/**
 * Container services a template runs without a task definition of its own: App Runner services
 * and ECS Express Mode services (`AWS::ECS::ExpressGatewayService`), each with its image and roles.
 */
import type { AstNode } from '../parse/tree';
import { imageNode, roleNode } from './aws';
import { ecsGroup } from './ecs';
import { stackEcrImage } from './cfnEcs';
import { literal, nodeAt, prop, resourceNode, resourcesOf, type TemplateCtx } from './cfnContext';
import { intrinsicOf, subParts } from '../cfn/intrinsics';
import { nodeId } from './model';

export function addTemplateApps(ctx: TemplateCtx): void {
  for (const r of resourcesOf(ctx, 'AWS::AppRunner::Service')) {
    const repo = prop(prop(r.properties, 'SourceConfiguration'), 'ImageRepository');
    const port = literal(ctx, prop(prop(repo, 'ImageConfiguration'), 'Port'));
    const type = literal(ctx, prop(repo, 'ImageRepositoryType'));
    const id = resourceNode(ctx, r, {
      kind: 'app-runner-service',
      word: 'App Runner service',
      nameProp: 'ServiceName',
      group: null,
      facts: [...(port ? [`port ${port}`] : []), ...(type ? [`image from ${type}`] : [])],
    });
    image(ctx, id, prop(repo, 'ImageIdentifier'));
    role(ctx, id, prop(prop(prop(r.properties, 'SourceConfiguration'), 'AuthenticationConfiguration'), 'AccessRoleArn'), 'ECR access role');
    role(ctx, id, prop(prop(r.properties, 'InstanceConfiguration'), 'InstanceRoleArn'), 'instance role');
  }
  for (const r of resourcesOf(ctx, 'AWS::ECS::ExpressGatewayService')) {
    const cluster = literal(ctx, prop(r.properties, 'Cluster'))?.replace(/^.*:cluster\//, '') ?? 'default';
    const container = prop(r.properties, 'PrimaryContainer');
    const port = literal(ctx, prop(container, 'ContainerPort'));
    ctx.b.group(ecsGroup(cluster), { kind: 'ecs-cluster', label: `ECS cluster ${cluster}` });
    if (!ctx.b.has(nodeId('ecs-cluster', cluster)))
      ctx.b.ref('ecs-cluster', nodeId('ecs-cluster', cluster), {
        label: `ECS cluster ${cluster}`,
        group: ecsGroup(cluster),
        facts: ['named by an Express service'],
      });
    const id = resourceNode(ctx, r, {
      kind: 'express-service',
      word: 'Express service',
      nameProp: 'ServiceName',
      group: ecsGroup(cluster),
      facts: ['ECS Express Mode: ECS makes the load balancer, scaling and logs', ...(port ? [`container port ${port}`] : [])],
    });
    image(ctx, id, prop(container, 'Image'));
    role(ctx, id, prop(r.properties, 'TaskRoleArn'), 'task role');
    role(ctx, id, prop(r.properties, 'ExecutionRoleArn'), 'execution role');
    role(ctx, id, prop(r.properties, 'InfrastructureRoleArn'), 'infrastructure role');
  }
}

function image(ctx: TemplateCtx, from: string, node: AstNode | undefined): void {
  const own = nodeAt(ctx, node);
  if (own) {
    ctx.b.edge(from, own, 'pulls-image');
    return;
  }
  const s = literal(ctx, node) ?? subTemplate(node);
  const img = !s ? undefined : s.includes('${') ? stackEcrImage(ctx, s) : imageNode(ctx.b, s);
  if (img) ctx.b.edge(from, img.id, 'pulls-image', img.label);
}

function role(ctx: TemplateCtx, from: string, node: AstNode | undefined, label: string): void {
  const own = nodeAt(ctx, node);
  const s = own ? undefined : literal(ctx, node);
  const id = own ?? (s ? roleNode(ctx.b, s, `${label} of an application service`) : undefined);
  if (id) ctx.b.edge(from, id, 'uses-role', label);
}

/** a `!Sub` string as written (`${AWS::AccountId}.dkr.ecr.…`) */
function subTemplate(node: AstNode | undefined): string | undefined {
  const fn = intrinsicOf(node);
  const s = fn?.name === 'Fn::Sub' ? subParts(fn.arg).template?.value : undefined;
  return typeof s === 'string' ? s : undefined;
}
