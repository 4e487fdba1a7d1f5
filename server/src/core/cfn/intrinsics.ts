/**
 * CloudFormation's intrinsic functions, read from the tree. YAML short forms were turned into the
 * long form by the parser (parse/cfnTags.ts), so `{ "Ref": "x" }` and `!Ref x` look the same here.
 */
import { propertyKey, propertyValue, type AstNode } from '../parse/tree';
import { isObj } from '../value';
import type { CfnTemplate } from './template';

/** every intrinsic function key; `Condition` is one only inside condition functions */
export const INTRINSICS = new Set([
  'Ref',
  'Fn::GetAtt',
  'Fn::Sub',
  'Fn::Join',
  'Fn::If',
  'Fn::Select',
  'Fn::Split',
  'Fn::ImportValue',
  'Fn::FindInMap',
  'Fn::Base64',
  'Fn::Cidr',
  'Fn::GetAZs',
  'Fn::Equals',
  'Fn::And',
  'Fn::Or',
  'Fn::Not',
  'Fn::Transform',
  'Fn::Length',
  'Fn::ToJsonString',
  'Fn::ForEach',
  'Fn::GetStackOutput',
]);

/** Pseudo parameters: always defined, never declared. */
export const PSEUDO_PARAMETERS: ReadonlyMap<string, string> = new Map([
  ['AWS::AccountId', 'The ID of the AWS account the stack is created in, such as `123456789012`.'],
  ['AWS::NotificationARNs', 'The list of notification (SNS topic) ARNs of the stack.'],
  ['AWS::NoValue', 'Removes the property it is the value of; mostly used in the branches of `Fn::If`.'],
  ['AWS::Partition', 'The partition the stack is in: `aws`, `aws-cn`, `aws-us-gov`, …'],
  ['AWS::Region', 'The Region the stack is created in, such as `eu-west-1`.'],
  ['AWS::StackId', 'The ARN of the stack.'],
  ['AWS::StackName', 'The name of the stack.'],
  ['AWS::URLSuffix', 'The domain suffix of the partition: `amazonaws.com` (`amazonaws.com.cn` in China).'],
]);

export interface Intrinsic {
  /** `Ref`, `Fn::GetAtt`, … (`Condition` when asked for) */
  name: string;
  /** the object node `{ "Fn::X": … }` (for a YAML short form: the tag and its value) */
  node: AstNode;
  /** the key node (for a YAML short form: the tag) */
  key: AstNode;
  /** the function's argument */
  arg: AstNode | undefined;
}

/**
 * The intrinsic function `node` is, if it is one: an object with exactly one key that names a
 * function. `withCondition` also accepts `{ "Condition": name }` (inside Fn::And/Or/Not).
 */
export function intrinsicOf(node: AstNode | undefined, withCondition = false): Intrinsic | undefined {
  if (node?.type !== 'object' || node.children?.length !== 1) return undefined;
  const prop = node.children[0];
  const name = propertyKey(prop);
  if (name === undefined || !(INTRINSICS.has(name) || (withCondition && name === 'Condition'))) return undefined;
  return { name, node, key: prop.children![0], arg: propertyValue(prop) };
}

/** Whether a plain value is an intrinsic function (the value the schema checks see). */
export function isIntrinsicValue(v: unknown): boolean {
  if (!isObj(v)) return false;
  const keys = Object.keys(v);
  return keys.length === 1 && INTRINSICS.has(keys[0]);
}

/** Whether a plain value is, or holds somewhere inside, an intrinsic function (bounded depth). */
export function containsIntrinsic(v: unknown, depth = 0): boolean {
  if (depth > 50 || typeof v !== 'object' || v === null) return false;
  if (isIntrinsicValue(v)) return true;
  return Object.values(v).some((x) => containsIntrinsic(x, depth + 1));
}

/** `Fn::GetAtt`'s logical id and attribute, from `[id, attr]` or `"id.attr"`, with their nodes. */
export function getAttParts(arg: AstNode | undefined): { id?: AstNode; attr?: AstNode; idName?: string; attrName?: string } {
  if (arg?.type === 'array') {
    const [id, attr] = arg.children ?? [];
    return {
      id,
      attr,
      idName: typeof id?.value === 'string' ? id.value : undefined,
      attrName: typeof attr?.value === 'string' ? attr.value : undefined,
    };
  }
  if (arg?.type === 'string' && typeof arg.value === 'string') {
    const dot = arg.value.indexOf('.');
    if (dot < 0) return { id: arg, idName: arg.value };
    return { id: arg, attr: arg, idName: arg.value.slice(0, dot), attrName: arg.value.slice(dot + 1) };
  }
  return {};
}

/** One `${…}` of an `Fn::Sub` string: the name (`Res` or `Res.Attr`) and where it is in the string. */
export interface SubVariable {
  /** the whole name between `${` and `}` */
  text: string;
  /** before the first dot: a parameter, resource, pseudo parameter or variable of the map */
  name: string;
  /** after the first dot: a GetAtt attribute */
  attr?: string;
  /** offset of `text` inside the string value */
  start: number;
}

/** The variables of an `Fn::Sub` string; `${!Literal}` is written as-is and is skipped. */
export function subVariables(s: string): SubVariable[] {
  const out: SubVariable[] = [];
  const re = /\$\{([^}]*)\}/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const raw = m[1];
    if (raw.startsWith('!')) continue;
    const text = raw.trim();
    if (!text) continue;
    const lead = raw.indexOf(text);
    const dot = text.indexOf('.');
    // pseudo parameters hold `::`, never a dot before it
    out.push({
      text,
      name: dot < 0 ? text : text.slice(0, dot),
      attr: dot < 0 ? undefined : text.slice(dot + 1),
      start: m.index + 2 + lead,
    });
  }
  return out;
}

/** `Fn::Sub`'s string node and its variable map node, from `"…"` or `["…", { … }]`. */
export function subParts(arg: AstNode | undefined): { template?: AstNode; vars?: AstNode } {
  if (arg?.type === 'string') return { template: arg };
  if (arg?.type === 'array') {
    const [template, vars] = arg.children ?? [];
    return { template: template?.type === 'string' ? template : undefined, vars: vars?.type === 'object' ? vars : undefined };
  }
  return {};
}

/**
 * The values a node may take when deployed, when they can be known from the template alone: a
 * literal is itself; a `Ref` to a parameter is its `AllowedValues` (each may be chosen), else its
 * `Default`; anything else (a pseudo parameter, another function, a parameter without either) is
 * undefined, and checks that need the value skip it.
 */
export function possibleValues(node: AstNode | undefined, t: CfnTemplate): unknown[] | undefined {
  if (!node) return undefined;
  if (node.type !== 'object' && node.type !== 'array') return [node.value];
  const fn = intrinsicOf(node);
  if (!fn) return undefined;
  if (fn.name !== 'Ref' || typeof fn.arg?.value !== 'string') return undefined;
  const p = t.parameters.get(fn.arg.value);
  if (!p) return undefined;
  if (p.allowedValues?.length) return p.allowedValues;
  return p.default !== undefined ? [p.default] : undefined;
}
