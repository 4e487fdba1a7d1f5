/**
 * A read-only view of an ECS task definition or service document: plain values for decisions,
 * nodes for positions. Built once per document (documents are immutable once analysed).
 */
import type { AstNode, JsonPath } from '../parse/tree';
import { findNodeAtPath, findProperty } from '../parse/tree';
import type { DocUnit } from '../types';
import { isPlaceholder } from '../text/placeholder';
import { withoutNulls } from './nulls';
import { asText } from '../text/asText';

import { isObj, asArray, str, type Obj } from '../value';

export { isObj, asArray, str, type Obj };

export interface ContainerView {
  index: number;
  node: AstNode;
  value: Obj;
  name?: string;
}

export interface TaskView {
  doc: DocUnit;
  /** the task definition object (inside `taskDefinition` when wrapped); undefined for bare container lists */
  body?: AstNode;
  value: Obj;
  family?: string;
  /** requiresCompatibilities names FARGATE */
  fargate: boolean;
  /** EC2 (or nothing, which means EC2) is among the compatibilities */
  ec2: boolean;
  /** the network mode, with ECS's default (`bridge`) filled in; undefined when only containers are known */
  networkMode?: string;
  /** the network mode was written */
  networkModeSet: boolean;
  windows: boolean;
  containers: ContainerView[];
}

const bodies = new WeakMap<DocUnit, unknown>();

/**
 * the ECS object of a document as a plain value (the inner object when wrapped); `null` fields
 * are left out, as ECS reads them as "not set" (ecs/null-fields reports them)
 */
export function bodyValue(doc: DocUnit): unknown {
  if (doc.kind.family !== 'ecs') return doc.value;
  if (bodies.has(doc)) return bodies.get(doc);
  const raw = doc.kind.wrapped && isObj(doc.value) ? doc.value.taskDefinition : doc.value;
  const v = withoutNulls(raw);
  bodies.set(doc, v);
  return v;
}

const views = new WeakMap<DocUnit, TaskView | undefined>();

export function isTaskDoc(doc: DocUnit): boolean {
  return doc.kind.family === 'ecs' && (doc.kind.type === 'task-definition' || doc.kind.type === 'container-definitions');
}

/** The task view of a task-definition or container-definitions document. */
export function taskView(doc: DocUnit): TaskView | undefined {
  if (views.has(doc)) return views.get(doc);
  const v = build(doc);
  views.set(doc, v);
  return v;
}

function build(doc: DocUnit): TaskView | undefined {
  if (!isTaskDoc(doc) || !doc.body) return undefined;
  const bare = doc.kind.family === 'ecs' && doc.kind.type === 'container-definitions';
  const value = bare ? {} : bodyValue(doc);
  if (!isObj(value)) return undefined;
  const listNode = bare ? doc.body : findNodeAtPath(doc.body, ['containerDefinitions']);
  const listValue = bare ? bodyValue(doc) : value.containerDefinitions;
  const containers: ContainerView[] = [];
  if (listNode?.type === 'array' && Array.isArray(listValue)) {
    listNode.children?.forEach((node, index) => {
      const cv = listValue[index];
      if (node.type === 'object' && isObj(cv)) containers.push({ index, node, value: cv, name: str(cv.name) });
    });
  }
  const compat = asArray(value.requiresCompatibilities).map(asText);
  // a templated network mode (`$$$NETWORK_MODE$$$`, `${MODE}`) is unknown, not "something other than bridge"
  const mode = str(value.networkMode);
  const modeKnown = mode === undefined || !isPlaceholder(mode);
  const os = isObj(value.runtimePlatform) ? str(value.runtimePlatform.operatingSystemFamily) : undefined;
  return {
    doc,
    body: bare ? undefined : doc.body,
    value,
    family: str(value.family),
    fargate: compat.includes('FARGATE'),
    ec2: compat.length === 0 || compat.includes('EC2'),
    networkMode: bare || !modeKnown ? undefined : (mode ?? 'bridge'),
    networkModeSet: typeof value.networkMode === 'string',
    windows: !!os && os.startsWith('WINDOWS'),
    containers,
  };
}

/** a node under the task body */
export function taskNode(view: TaskView, path: JsonPath): AstNode | undefined {
  return view.body ? findNodeAtPath(view.body, path) : undefined;
}

/** the value node of `key` in an object node, or the property's key when the value is missing */
export function valueOrKey(obj: AstNode | undefined, key: string): AstNode | undefined {
  const p = findProperty(obj, key);
  return p?.children?.[1] ?? p?.children?.[0];
}

/** the key node of `key` in an object node */
export function keyNode(obj: AstNode | undefined, key: string): AstNode | undefined {
  return findProperty(obj, key)?.children?.[0];
}

/** node of a container's property value */
export function containerNode(c: ContainerView, path: JsonPath): AstNode | undefined {
  return findNodeAtPath(c.node, path);
}

/** a short name for messages: `container "web"` or `container #2` */
export function containerLabel(c: ContainerView): string {
  return c.name ? `container "${c.name}"` : `container #${c.index + 1}`;
}

/** Values that look like template placeholders (`${IMAGE}`, `<ACCOUNT>`, `{{ .x }}`): not ours to judge. */
export { isPlaceholder } from '../text/placeholder';
