/**
 * A template's ECS resources as ECS API documents (the family's `views`): each
 * `AWS::ECS::TaskDefinition`, `Service`, `Cluster` and Application Auto Scaling target or policy
 * becomes a DocUnit of the ECS family, so the ECS rules check it as they check a
 * `register-task-definition` file — one rule set, two syntaxes. A parameter with several
 * `AllowedValues` gives one view per value (the others at their first value), at most a few.
 */
import type { DocUnit, Finding, SourceFile } from '../../types';
import type { DocView } from '../../family';
import type { DocEntry, WorkspaceIndex } from '../../workspace';
import { ecsKey, type EcsDocType } from '../../ecs/kind';
import { templateOf, type CfnResource, type CfnTemplate } from '../template';
import { isObj } from '../../value';
import { mapProperties, resourceUnit } from './mapTree';
import { ECS_RESOURCE_TYPES } from './names';
import { ecsNameOf, resolveNode, varyingParameters, type Choices } from './resolve';
import { withLocalDocs } from './localWorkspace';
import { templateWords } from './messages';
import { templateParts, viewsOfResource, type Built } from './viewMemo';

const MAX_VARIANTS_PER_PARAMETER = 6;
const MAX_PARAMETERS = 3;

const cache = new WeakMap<DocUnit, { offset: number; views: DocView[] }>();

/** the ECS views of a template document (built once per document and position) */
export function ecsViewsOf(doc: DocUnit): readonly DocView[] {
  const kept = cache.get(doc);
  // the views copy the template's offsets: a document moved by an edit above it is mapped again
  if (kept && kept.offset === doc.offset) return kept.views;
  const t = templateOf(doc);
  const views = t ? build(t) : [];
  cache.set(doc, { offset: doc.offset, views });
  return views;
}

function build(t: CfnTemplate): DocView[] {
  const built: Built[] = [];
  const parts = templateParts(t);
  for (const r of t.resources.values()) {
    const type = r.type ? ECS_RESOURCE_TYPES[r.type] : undefined;
    if (!type || r.properties?.type !== 'object') continue;
    for (const b of viewsOfResource(t, parts, r, (tracked) => resourceViews(tracked, r, type))) {
      // the index follows the views before it: a kept view whose index changed is a new document
      if (b.unit.index !== built.length) b.unit = { ...b.unit, index: built.length };
      built.push(b);
    }
  }
  const views: DocView[] = [];
  const wsCache = new WeakMap<WorkspaceIndex, { file: SourceFile; ws: WorkspaceIndex }>();
  const localView = (ws: WorkspaceIndex, file: SourceFile): WorkspaceIndex => {
    const kept = wsCache.get(ws);
    if (kept?.file === file) return kept.ws;
    const local = new Map<string, DocEntry[]>();
    for (const b of built) {
      const key = ecsKey(b.type);
      local.set(key, [...(local.get(key) ?? []), { file, doc: b.unit }]);
    }
    const view = withLocalDocs(ws, local);
    wsCache.set(ws, { file, ws: view });
    return view;
  };
  for (const b of built) {
    views.push({
      unit: b.unit,
      workspace: localView,
      report: (f: Finding): Finding => {
        const message = templateWords(f.message, b.names) + (b.note ? ` (${b.note})` : '');
        // fixes edit the API's JSON shape; the template's text is another syntax
        return { offset: f.offset, length: f.length, severity: f.severity, code: f.code, message, ...(f.tags ? { tags: f.tags } : {}) };
      },
    });
  }
  return views;
}

/** The views of one resource, placed where it is (a kept view moves with it: viewMemo.ts). */
function resourceViews(t: CfnTemplate, r: CfnResource, type: EcsDocType): Built[] {
  const out: Built[] = [];
  for (const [choices, note] of variants(t, r)) {
    const m = mapProperties(r.type!, r.properties!, (n) => resolveNode(t, n, choices));
    const value = isObj(m.value) ? { ...m.value } : {};
    // the ECS lookups find a template's task definitions and clusters by the name they resolve to
    // (a family or name built from the stack's name is the logical id, as a Ref to it resolves)
    if (type === 'task-definition') value.family = ecsNameOf(t, r, choices);
    if (type === 'cluster') {
      value.clusterName = ecsNameOf(t, r, choices);
      addAssociatedProviders(t, r, value, choices);
    }
    const unit = resourceUnit(r, m.root, value, type);
    out.push({ unit, type, names: m.names, note });
  }
  return out;
}

/** the first-value view, then one per other allowed value of each varying parameter */
function variants(t: CfnTemplate, r: CfnResource): [Choices, string | undefined][] {
  const out: [Choices, string | undefined][] = [[new Map(), undefined]];
  const varying = [...varyingParameters(t, r.properties)].slice(0, MAX_PARAMETERS);
  for (const [name, values] of varying) {
    const first = t.parameters.get(name)?.default;
    for (const v of values.slice(0, MAX_VARIANTS_PER_PARAMETER)) {
      if (v === first || (first === undefined && v === values[0])) continue;
      out.push([new Map([[name, v]]), `when parameter ${name} is ${JSON.stringify(v)}`]);
    }
  }
  return out;
}

/** capacity providers an `AWS::ECS::ClusterCapacityProviderAssociations` gives this cluster */
function addAssociatedProviders(t: CfnTemplate, cluster: CfnResource, value: Record<string, unknown>, choices: Choices): void {
  for (const r of t.resources.values()) {
    if (r.type !== 'AWS::ECS::ClusterCapacityProviderAssociations') continue;
    const m = mapProperties(r.type, r.properties!, (n) => resolveNode(t, n, choices));
    const v = isObj(m.value) ? m.value : {};
    if (v.cluster !== value.clusterName && v.cluster !== ecsNameOf(t, cluster, choices)) continue;
    if (!Array.isArray(v.capacityProviders)) {
      // providers we cannot read: the cluster's list is not the whole story
      delete value.capacityProviders;
      return;
    }
    value.capacityProviders = [...(Array.isArray(value.capacityProviders) ? value.capacityProviders : []), ...v.capacityProviders];
  }
}
