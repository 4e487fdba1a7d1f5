/**
 * Completion in templates: resource types after `Type:`, resource attributes and properties (from
 * the specification) as keys, allowed values, and the template's own names where a reference
 * goes — `Ref`, `Fn::GetAtt` (then the attributes of that resource), `DependsOn`, `Condition`,
 * `Fn::If` and the `${…}` of `Fn::Sub`.
 */
import type { CompletionContributor, CompletionEntry, CursorContext, ItemKind } from '../../complete/types';
import { findNodeAtPath } from '../../parse/tree';
import { PSEUDO_PARAMETERS } from '../intrinsics';
import { specOf, type CfnSpec } from '../spec';
import { allowedValues, specAt } from '../specPath';
import { templateOf, type CfnTemplate } from '../template';
import { RESOURCE_ATTRIBUTES } from '../../rules/cfn/resourceAttribute';

const item = (ctx: CursorContext, label: string, kind: ItemKind, detail?: string, documentation?: string): CompletionEntry => {
  const insertText = ctx.file.language === 'json' && ctx.quoted ? JSON.stringify(label) : label;
  return {
    label,
    kind,
    detail,
    documentation,
    insertText,
    snippet: false,
    replace: ctx.replace,
    filterText: ctx.file.language === 'json' && ctx.quoted ? JSON.stringify(label) : label,
  };
};

const cfnComplete: CompletionContributor = (ctx, { store }) => {
  const t = templateOf(ctx.doc);
  if (!t) return [];
  const spec = specOf(store);
  const p = ctx.path;
  const inResource = p[0] === 'Resources' && typeof p[1] === 'string';
  if (inResource && p.length === 2 && ctx.atKey)
    return RESOURCE_ATTRIBUTES.filter((k) => !ctx.existingKeys.has(k)).map((k) => item(ctx, k, 'property', 'resource attribute'));
  if (inResource && p.length === 3 && p[2] === 'Type' && !ctx.atKey && spec)
    return spec.resourceTypes().map((type) => item(ctx, type, 'value', 'resource type'));
  const names = referenceNames(ctx, t, spec);
  if (names) return names;
  if (inResource && p[2] === 'Properties' && spec) return propertyItems(ctx, t, spec, p[1] as string, p.slice(3));
  return [];
};

function propertyItems(ctx: CursorContext, t: CfnTemplate, spec: CfnSpec, logicalId: string, path: (string | number)[]): CompletionEntry[] {
  const type = t.resources.get(logicalId)?.type;
  if (!type) return [];
  const spot = specAt(spec, type, path);
  if (!spot) return [];
  if (ctx.atKey && spot.props) {
    const owner = spot.owner;
    return Object.entries(spot.props)
      .filter(([k]) => !ctx.existingKeys.has(k))
      .map(([k, prop]) => ({
        ...item(ctx, k, 'property', prop[1] ? 'required' : undefined, owner && spec.propertyDoc(owner, k)),
        sortText: `${prop[1] ? '0' : '1'}${k}`,
      }));
  }
  if (!ctx.atKey) return allowedValues(spot.type).map((v) => item(ctx, v, 'enum'));
  return [];
}

/** The template's names where the cursor is in a reference; undefined elsewhere. */
function referenceNames(ctx: CursorContext, t: CfnTemplate, spec: CfnSpec | undefined): CompletionEntry[] | undefined {
  if (ctx.atKey) return undefined;
  const p = ctx.path;
  const last = p[p.length - 1];
  const parent = p[p.length - 2];
  const resources = () => [...t.resources.values()].map((r) => item(ctx, r.name, 'reference', r.type ?? 'resource'));
  const conditions = () => [...t.conditions.keys()].map((c) => item(ctx, c, 'reference', 'condition'));
  if (last === 'Ref')
    return [
      ...[...t.parameters.values()].map((x) => item(ctx, x.name, 'reference', `parameter${x.type ? ` (${x.type})` : ''}`, x.description)),
      ...resources(),
      ...[...PSEUDO_PARAMETERS].map(([name, doc]) => item(ctx, name, 'value', 'pseudo parameter', doc)),
    ];
  if ((last === 'DependsOn' || parent === 'DependsOn') && p[0] === 'Resources') return resources();
  if ((last === 'Condition' && (p.length === 3 || p.length === 1)) || (parent === 'Fn::If' && last === 0)) return conditions();
  if (parent === 'Fn::GetAtt' && last === 0) return resources();
  if (parent === 'Fn::GetAtt' && last === 1) return attributeItems(ctx, t, p, spec);
  if (last === 'Fn::Sub' || (parent === 'Fn::Sub' && last === 0)) return subItems(ctx, t);
  return undefined;
}

/** `!GetAtt Res.|` or `[Res, |]`: the attributes of that resource's type, replacing what follows the dot. */
function attributeItems(ctx: CursorContext, t: CfnTemplate, p: (string | number)[], spec: CfnSpec | undefined): CompletionEntry[] {
  const id = findNodeAtPath(ctx.doc.root, [...p.slice(0, -1), 0])?.value;
  const dot = ctx.partial.indexOf('.');
  const resourceName = typeof id === 'string' ? id : dot > 0 ? ctx.partial.slice(0, dot) : undefined;
  const type = resourceName ? t.resources.get(resourceName)?.type : undefined;
  const attrs = type ? (spec?.resource(type)?.attrs ?? []) : [];
  const replace =
    dot >= 0
      ? {
          offset: ctx.offset - (ctx.partial.length - dot - 1),
          length: ctx.replace.offset + ctx.replace.length - (ctx.offset - (ctx.partial.length - dot - 1)),
        }
      : ctx.replace;
  return attrs.map((a) => ({ ...item(ctx, a, 'property', `attribute of ${type}`), replace, filterText: a, insertText: a }));
}

/** inside `${` of an Fn::Sub string: parameters, resources and pseudo parameters, closing the brace */
function subItems(ctx: CursorContext, t: CfnTemplate): CompletionEntry[] | undefined {
  const open = ctx.partial.lastIndexOf('${');
  if (open < 0 || ctx.partial.indexOf('}', open) >= 0) return undefined;
  const typed = ctx.partial.slice(open + 2);
  const replace = { offset: ctx.offset - typed.length, length: typed.length };
  const names: [string, string][] = [
    ...[...t.parameters.keys()].map((n): [string, string] => [n, 'parameter']),
    ...[...t.resources.values()].map((r): [string, string] => [r.name, r.type ?? 'resource']),
    ...[...PSEUDO_PARAMETERS.keys()].map((n): [string, string] => [n, 'pseudo parameter']),
  ];
  return names.map(([n, detail]) => ({ label: n, kind: 'reference', detail, insertText: n, snippet: false, replace, filterText: n }));
}

export const cfnCompletionContributors: readonly CompletionContributor[] = [cfnComplete];
