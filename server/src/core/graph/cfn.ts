/**
 * CloudFormation templates in the architecture graph: each template's resources in an order where
 * what a resource points at is drawn before it (data and roles, load balancing, ECS, capacity,
 * scaling, events, application services), then the roles' permissions and the nested stacks.
 */
import type { GraphBuilder, GraphShared } from './model';
import type { WorkspaceIndex } from '../workspace';
import { CFN_KEY } from '../cfn/kind';
import { templateOf } from '../cfn/template';
import { sorted } from './sources';
import type { TemplateCtx } from './cfnContext';
import { addTemplateData, addTemplatePermissions, addTemplateRoles } from './cfnResources';
import { addTemplateLoadBalancing } from './cfnLoadBalancing';
import { addTemplateEcs } from './cfnEcs';
import { addTemplateCapacity } from './cfnCapacity';
import { addTemplateScaling } from './cfnScaling';
import { addTemplateEvents } from './cfnEvents';
import { addTemplateApps } from './cfnApps';
import { addTemplateNested, linkNested, type NestedLink } from './cfnNested';

export function addCfn(b: GraphBuilder, ws: WorkspaceIndex, _shared: GraphShared): void {
  const links: NestedLink[] = [];
  const nodesOf = new Map<string, string[]>();
  for (const entry of sorted(ws.docs(CFN_KEY))) {
    const t = templateOf(entry.doc);
    if (!t) continue;
    const ctx: TemplateCtx = { b, entry, t, ids: new Map() };
    addTemplateData(ctx);
    addTemplateRoles(ctx);
    addTemplateLoadBalancing(ctx);
    addTemplateEcs(ctx);
    addTemplateCapacity(ctx);
    addTemplateScaling(ctx);
    addTemplateEvents(ctx);
    addTemplateApps(ctx);
    links.push(...addTemplateNested(ctx, ws));
    addTemplatePermissions(ctx);
    nodesOf.set(entry.file.uri, [...(nodesOf.get(entry.file.uri) ?? []), ...ctx.ids.values()]);
  }
  linkNested(b, links, nodesOf);
}
