/**
 * Resource properties against the specification (spec.ts): unknown properties, missing required
 * ones, values of the wrong type and strings outside the allowed values, for every resource type
 * the specification has. An intrinsic function is accepted wherever a value is (both branches of
 * `Fn::If` are checked). One walk per document; each cfn/ schema rule reports its own kind.
 *
 * Left alone: templates run through a macro other than SAM or the language extensions (the macro
 * may rewrite anything), and the properties of SAM's `AWS::Serverless::*` resources beyond their
 * names (`Globals` supplies some, SAM expands the rest).
 */
import { propertyKey, propertyValue, type AstNode } from '../parse/tree';
import type { DocUnit, Fix } from '../types';
import { closest } from '../text/closest';
import { asText } from '../text/asText';
import { intrinsicOf } from './intrinsics';
import { describeType, type CfnSpec, type SpecProps, type SpecType } from './spec';
import { templateOf, type CfnResource, type CfnTemplate } from './template';
import { EntryMemo } from './entryMemo';

export type PropertyIssueKind = 'unknown' | 'required' | 'type' | 'allowed';

export interface PropertyIssue {
  kind: PropertyIssueKind;
  offset: number;
  length: number;
  message: string;
  fixes?: Fix[];
}

/** transforms that leave resource properties as written */
const TRANSPARENT_TRANSFORMS = new Set(['AWS::Serverless-2016-10-31', 'AWS::LanguageExtensions', 'AWS::CodeDeployBlueGreen']);
/** enough for any real template; a hostile one stops here */
const MAX_ISSUES = 1000;

const cache = new WeakMap<DocUnit, { spec: CfnSpec; issues: PropertyIssue[] }>();

export function propertyIssues(text: string, doc: DocUnit, spec: CfnSpec | undefined): PropertyIssue[] {
  const t = templateOf(doc);
  if (!t || !spec) return [];
  const hit = cache.get(doc);
  if (hit && hit.spec === spec) return hit.issues;
  const issues = macroFree(t) ? walkTemplate(text, t, spec) : [];
  cache.set(doc, { spec, issues });
  return issues;
}

export const macroFree = (t: CfnTemplate): boolean => t.transforms.every((x) => TRANSPARENT_TRANSFORMS.has(x));

/** A key as written, renamed: quoted the way it was (JSON keys are always quoted). */
function renamedKey(text: string, key: AstNode, name: string): string {
  const q = text[key.offset];
  return q === '"' ? JSON.stringify(name) : q === "'" ? `'${name.replace(/'/g, "''")}'` : name;
}

/** each resource's issues, kept while its nodes are (a keystroke elsewhere in the template moves them) */
const byResource = new EntryMemo<CfnSpec, PropertyIssue>();

function walkTemplate(text: string, t: CfnTemplate, spec: CfnSpec): PropertyIssue[] {
  const out: PropertyIssue[] = [];
  for (const r of t.resources.values()) {
    if (!r.type || !spec.resource(r.type)) continue;
    for (const i of byResource.get(r.prop, spec, () => resourceIssues(text, r, spec))) {
      if (out.length >= MAX_ISSUES) return out;
      out.push(i);
    }
  }
  return out;
}

/** The issues of one resource: it reads the resource's own nodes (and the text's quotes there) and the spec only. */
function resourceIssues(text: string, r: CfnResource, spec: CfnSpec): PropertyIssue[] {
  const out: PropertyIssue[] = [];
  const push = (i: PropertyIssue) => {
    if (out.length < MAX_ISSUES) out.push(i);
  };
  // an empty value shows as one character, unless it ends the text (a cut-off file)
  const span = (n: AstNode) => ({ offset: n.offset, length: n.length || (n.offset < text.length ? 1 : 0) });
  const shown = (n: AstNode) => {
    const s = asText(n.value);
    return s.length > 40 ? `${s.slice(0, 40)}…` : s;
  };

  const type = r.type!;
  const res = spec.resource(type)!;
  const serverless = type.startsWith('AWS::Serverless::');
  const props = r.properties;
  if (!props || props.type === 'null') {
    const required = Object.keys(res.props).filter((k) => res.props[k][1]);
    if (required.length && !serverless)
      push({
        kind: 'required',
        ...span(r.typeNode ?? r.key),
        message: `${type} requires ${list(required)}: add ${required.length > 1 ? 'them' : 'it'} under \`Properties\`.`,
      });
    return out;
  }
  object(props, res.props, type, serverless ? 'names' : 'all', props.parent?.children?.[0] ?? props, 0);
  return out;

  /** `owner` names the type in messages; `at` is where a missing property is reported */
  function object(node: AstNode, props: SpecProps, owner: string, depthMode: 'all' | 'names', at: AstNode, depth: number): void {
    if (depth > 60) return;
    if (node.type !== 'object') {
      if (depthMode === 'all' && !intrinsicOf(node) && node.type !== 'null')
        push({ kind: 'type', ...span(node), message: `${owner} expects an object here, not ${shape(node)}.` });
      return;
    }
    const fn = intrinsicOf(node);
    if (fn) return ifBranches(fn.name, fn.arg, (b) => object(b, props, owner, depthMode, at, depth + 1));
    const names = Object.keys(props);
    const present = new Set<string>();
    for (const p of node.children ?? []) {
      const name = propertyKey(p);
      const keyNode = p.children?.[0];
      if (name === undefined || !keyNode) continue;
      present.add(name);
      const prop = Object.prototype.hasOwnProperty.call(props, name) ? props[name] : undefined;
      if (!prop) {
        const near = closest(name, names);
        push({
          kind: 'unknown',
          ...span(keyNode),
          message: `\`${name}\` is not a property of ${owner}${near ? `: did you mean \`${near}\`?` : '; CloudFormation rejects the template. Remove it or check its spelling.'}`,
          fixes: near
            ? [{ title: `Change to \`${near}\``, edits: [{ ...span(keyNode), newText: renamedKey(text, keyNode, near) }], preferred: true }]
            : undefined,
        });
        continue;
      }
      const v = propertyValue(p);
      if (v && depthMode === 'all') value(v, prop[0], `\`${name}\``, keyNode, depth + 1);
    }
    if (depthMode !== 'all') return;
    const missing = names.filter((k) => props[k][1] && !present.has(k));
    if (missing.length)
      push({ kind: 'required', ...span(at), message: `${owner} requires ${list(missing)}: add ${missing.length > 1 ? 'them' : 'it'}.` });
  }

  function value(node: AstNode, t: SpecType, name: string, keyNode: AstNode, depth: number): void {
    if (depth > 60 || node.type === 'null') return;
    const fn = intrinsicOf(node);
    if (fn) return ifBranches(fn.name, fn.arg, (b) => value(b, t, name, keyNode, depth + 1));
    const problem = mismatch(node, t, depth);
    if (problem === false) return;
    if (problem) push(problem(name));
    else if (typeof t === 'number') object(node, spec.propertyType(t) ?? {}, name, 'all', keyNode, depth + 1);
    else if (t === 'g') object(node, TAG, name, 'all', keyNode, depth + 1);
    else if (Array.isArray(t) && t[0] === 'a') for (const c of node.children ?? []) value(c, t[1] as SpecType, name, keyNode, depth + 1);
    else if (Array.isArray(t) && t[0] === 'm')
      for (const p of node.children ?? []) {
        const v = propertyValue(p);
        if (v) value(v, t[1] as SpecType, name, keyNode, depth + 1);
      }
    else if (Array.isArray(t) && t[0] === 'u') union(node, t.slice(1) as SpecType[], name, keyNode, depth);
  }

  /** the one alternative whose shape fits is checked; none fits: one type error; several (two object types): left alone */
  function union(node: AstNode, alts: SpecType[], name: string, keyNode: AstNode, depth: number): void {
    let fits = alts.filter((a) => typeof mismatch(node, a, depth) !== 'function');
    // a property once typed as any JSON, now as a shape: the shape is what CloudFormation validates today
    if (fits.length > 1 && fits.includes('j')) fits = fits.filter((a) => a !== 'j');
    if (!fits.length)
      push({ kind: 'type', ...span(node), message: `${name} expects ${describeType(spec, ['u', ...alts])}, not ${shape(node)}.` });
    else if (fits.length === 1) value(node, fits[0], name, keyNode, depth + 1);
  }

  /**
   * Whether the node's shape fits the type: false = fits and is done (a scalar), undefined = fits,
   * look inside; else a finding maker.
   */
  function mismatch(node: AstNode, t: SpecType, depth: number): false | undefined | ((name: string) => PropertyIssue) {
    void depth;
    const scalar = node.type === 'string' || node.type === 'number' || node.type === 'boolean';
    const typeError = (what: string) => (name: string) => ({
      kind: 'type' as const,
      ...span(node),
      message: `${name} expects ${what}, not ${shape(node)}.`,
    });
    if (typeof t === 'number' || t === 'g') return node.type === 'object' ? undefined : typeError('an object');
    switch (t) {
      case 'j':
        return false;
      case 's':
      case 'd':
        return scalar ? false : typeError(t === 's' ? 'a string' : 'a date-time string');
      case 'i':
        return node.type === 'number'
          ? Number.isInteger(node.value)
            ? false
            : typeError('an integer')
          : node.type === 'string' && /^\s*[-+]?\d+\s*$/.test(String(node.value))
            ? false
            : typeError('an integer');
      case 'n':
        return node.type === 'number' || (node.type === 'string' && String(node.value).trim() !== '' && !isNaN(Number(node.value)))
          ? false
          : typeError('a number');
      case 'b':
        return node.type === 'boolean' || (node.type === 'string' && /^(true|false)$/i.test(String(node.value)))
          ? false
          : typeError('a boolean');
    }
    if (!Array.isArray(t)) return false;
    switch (t[0]) {
      case 'a':
        return node.type === 'array' ? undefined : typeError(describeType(spec, t));
      case 'm':
        return node.type === 'object' ? undefined : typeError(describeType(spec, t));
      case 'u':
        return undefined;
      case 'e': {
        if (!scalar) return typeError('a string');
        const allowed = t[1] as string[];
        const v = asText(node.value);
        if (allowed.includes(v)) return false;
        const near = closest(v, allowed);
        return (name: string) => ({
          kind: 'allowed',
          ...span(node),
          message: `${name} cannot be \`${shown(node)}\`: it is one of ${allowed.length > 12 ? `${allowed.slice(0, 12).join(', ')}, …` : allowed.join(', ')}${near ? `. Did you mean \`${near}\`?` : '.'}`,
          fixes: near
            ? [{ title: `Change to \`${near}\``, edits: [{ ...span(node), newText: requote(text, node, near) }], preferred: true }]
            : undefined,
        });
      }
    }
    return false;
  }
}

/** The branches of `Fn::If` are values of the same property; any other function is taken as it is. */
function ifBranches(name: string, arg: AstNode | undefined, check: (branch: AstNode) => void): void {
  if (name !== 'Fn::If' || arg?.type !== 'array') return;
  for (const b of arg.children?.slice(1, 3) ?? []) check(b);
}

const TAG: SpecProps = { Key: ['s', 1], Value: ['s', 1] };

function shape(n: AstNode): string {
  switch (n.type) {
    case 'object':
      return 'an object';
    case 'array':
      return 'a list';
    case 'string':
      return `the string \`${asText(n.value).slice(0, 40)}\``;
    default:
      return `\`${asText(n.value)}\``;
  }
}

function list(names: string[]): string {
  const q = names.map((n) => `\`${n}\``);
  return q.length > 1 ? `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}` : q[0];
}

/** A scalar's replacement, quoted as the original was. */
export function requote(text: string, node: AstNode, value: string): string {
  const q = text[node.offset];
  return q === '"' ? JSON.stringify(value) : q === "'" ? `'${value.replace(/'/g, "''")}'` : value;
}
