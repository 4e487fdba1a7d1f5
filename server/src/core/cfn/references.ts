/**
 * Every place a template refers to one of its own names: `Ref`, `Fn::GetAtt`, the `${…}` of
 * `Fn::Sub`, `DependsOn`, `Condition` (on resources and outputs, in `Fn::If`, in condition
 * functions), `Fn::FindInMap`, and the export names of `Fn::ImportValue`. Found once per document;
 * the reference rules and navigation read this list.
 */
import { propertyKey, propertyValue, type AstNode } from '../parse/tree';
import type { DocUnit } from '../types';
import { getAttParts, intrinsicOf, subParts, subVariables } from './intrinsics';
import { templateOf, type CfnTemplate } from './template';

export type CfnRefKind =
  /** `Ref`, or `${Name}` in `Fn::Sub`: a parameter, a resource or a pseudo parameter */
  | 'ref'
  /** the logical id of `Fn::GetAtt` (or `${Res.Attr}`) */
  | 'getatt'
  | 'dependsOn'
  | 'condition'
  /** the map name of `Fn::FindInMap` */
  | 'mapping'
  /** the export name of `Fn::ImportValue` (another template's output) */
  | 'import';

export interface CfnRef {
  kind: CfnRefKind;
  name: string;
  /** the node the name is written in, and where in it */
  node: AstNode;
  delta: number;
  length: number;
  /** `getatt`: the attribute asked for, and where it is written */
  attr?: { name: string; node: AstNode; delta: number; length: number };
  /** `mapping`: the top- and second-level keys when written literally */
  keys?: { name: string; node: AstNode }[];
  /** written inside an `Fn::Sub` string */
  inSub?: boolean;
}

const cache = new WeakMap<DocUnit, CfnRef[]>();

/** The references of a template document, in text order; [] for any other document. */
export function templateRefs(text: string, doc: DocUnit): CfnRef[] {
  let r = cache.get(doc);
  if (!r) {
    const t = templateOf(doc);
    r = t ? collect(text, t) : [];
    cache.set(doc, r);
  }
  return r;
}

/** Where `name` is written inside a scalar: after the opening quote in JSON, as-is in plain YAML. */
function spanIn(text: string, node: AstNode, name: string, from = 0): { delta: number; length: number } {
  const raw = text.slice(node.offset, node.offset + node.length);
  const i = raw.indexOf(name, from);
  return i < 0 || !name ? { delta: 0, length: node.length } : { delta: i, length: name.length };
}

function collect(text: string, t: CfnTemplate): CfnRef[] {
  const out: CfnRef[] = [];
  const named = (kind: CfnRefKind, node: AstNode | undefined) => {
    if (node?.type === 'string' && typeof node.value === 'string' && node.value)
      out.push({ kind, name: node.value, node, ...spanIn(text, node, node.value) });
  };
  for (const r of t.resources.values()) {
    for (const d of r.dependsOn) named('dependsOn', d);
    named('condition', r.condition);
    walk(r.node, 0, false);
  }
  for (const o of t.outputs.values()) {
    named('condition', o.condition);
    walk(o.node, 0, false);
  }
  for (const c of t.conditions.values()) walk(c.node, 0, true);
  return out;

  function walk(n: AstNode | undefined, depth: number, inCondition: boolean): void {
    if (!n || depth > 100) return;
    const fn = intrinsicOf(n, inCondition);
    if (fn) {
      visit(fn.name, fn.arg, depth, inCondition);
      return;
    }
    if (n.type === 'object') for (const p of n.children ?? []) walk(propertyValue(p), depth + 1, inCondition);
    else if (n.type === 'array') for (const c of n.children ?? []) walk(c, depth + 1, inCondition);
  }

  function visit(name: string, arg: AstNode | undefined, depth: number, inCondition: boolean): void {
    switch (name) {
      case 'Ref':
        named('ref', arg);
        return;
      case 'Condition':
        named('condition', arg);
        return;
      case 'Fn::GetAtt': {
        const p = getAttParts(arg);
        if (!p.id || !p.idName) break;
        const idSpan = spanIn(text, p.id, p.idName);
        const ref: CfnRef = { kind: 'getatt', name: p.idName, node: p.id, ...idSpan };
        if (p.attr && p.attrName !== undefined)
          ref.attr = {
            name: p.attrName,
            node: p.attr,
            ...spanIn(text, p.attr, p.attrName, p.attr === p.id ? idSpan.delta + idSpan.length : 0),
          };
        out.push(ref);
        // the attribute may itself be a Ref (`!GetAtt [Res, !Ref AttrParam]`)
        if (arg?.type === 'array') for (const c of arg.children?.slice(1) ?? []) walk(c, depth + 1, inCondition);
        return;
      }
      case 'Fn::Sub':
        sub(arg, depth);
        return;
      case 'Fn::If': {
        const first = arg?.type === 'array' ? arg.children?.[0] : undefined;
        named('condition', first);
        for (const c of arg?.children?.slice(1) ?? []) walk(c, depth + 1, inCondition);
        return;
      }
      case 'Fn::FindInMap': {
        const [map, top, second] = arg?.type === 'array' ? (arg.children ?? []) : [];
        if (map?.type === 'string' && typeof map.value === 'string') {
          const keys = [top, second].filter((k): k is AstNode => k?.type === 'string' && typeof k.value === 'string');
          out.push({
            kind: 'mapping',
            name: map.value,
            node: map,
            ...spanIn(text, map, map.value),
            keys:
              keys.length === 2 || (keys.length === 1 && keys[0] === top) ? keys.map((k) => ({ name: k.value as string, node: k })) : [],
          });
        }
        for (const c of arg?.children ?? []) if (c !== map) walk(c, depth + 1, inCondition);
        return;
      }
      case 'Fn::ImportValue':
        if (arg?.type === 'string') named('import', arg);
        else walk(arg, depth + 1, inCondition);
        return;
      case 'Fn::And':
      case 'Fn::Or':
      case 'Fn::Not':
        for (const c of arg?.children ?? []) walk(c, depth + 1, true);
        return;
    }
    walk(arg, depth + 1, inCondition);
  }

  function sub(arg: AstNode | undefined, depth: number): void {
    const { template, vars } = subParts(arg);
    const locals = new Set<string>();
    for (const p of vars?.children ?? []) {
      const k = propertyKey(p);
      if (k !== undefined) locals.add(k);
      walk(propertyValue(p), depth + 1, false);
    }
    if (!template || typeof template.value !== 'string') {
      if (arg?.type !== 'array') walk(arg, depth + 1, false);
      return;
    }
    const raw = text.slice(template.offset, template.offset + template.length);
    let cursor = 0;
    for (const v of subVariables(template.value)) {
      if (locals.has(v.name) || locals.has(v.text)) continue;
      // find the variable in the text as written (a block scalar's lines are indented there)
      const at = raw.indexOf(v.text, raw.indexOf('${', cursor));
      if (at < 0) continue;
      cursor = at + v.text.length;
      if (v.attr === undefined) out.push({ kind: 'ref', name: v.name, node: template, delta: at, length: v.name.length, inSub: true });
      else
        out.push({
          kind: 'getatt',
          name: v.name,
          node: template,
          delta: at,
          length: v.name.length,
          attr: { name: v.attr, node: template, delta: at + v.name.length + 1, length: v.attr.length },
          inSub: true,
        });
    }
  }
}
