/**
 * A `kind: List`'s items, each checked against its own kind's schema: kubectl applies every item on
 * its own, so each meets the API server as that kind (a workspace CRD's schema included). The
 * List's own schema checks only that every item names an apiVersion and a kind
 * (schema/prepare.ts): routing the items inside it made one validator of every kind, a 1.3 MB
 * chunk loaded for the first List.
 */
import type { SchemaPart } from '../family';
import type { SchemaStore } from '../schema/store';
import type { WorkspaceIndex } from '../workspace';
import { isObj } from '../value';
import type { DocKind, DocUnit } from '../types';
import { findProperty, getChild, type AstNode } from '../parse/tree';
import { k8sKindOf } from './kind';
import { k8sSchemaId } from './schemaId';

/** kubectl's own `v1` List, which it unpacks into its items (not an API object) */
export const isList = (apiVersion: string, kind: string): boolean => kind === 'List' && apiVersion === 'v1';

export function listItemParts(kind: DocKind, value: unknown, store: SchemaStore, workspace: WorkspaceIndex): SchemaPart[] | undefined {
  if (kind.family !== 'k8s' || !isList(kind.apiVersion, kind.kind) || !isObj(value) || !Array.isArray(value.items)) return undefined;
  const parts: SchemaPart[] = [];
  value.items.forEach((item: unknown, i: number) => {
    if (!isObj(item) || typeof item.apiVersion !== 'string' || typeof item.kind !== 'string') return;
    // a List inside gets the List's schema: its own items are not looked into
    const id = k8sSchemaId(k8sKindOf(item.apiVersion, item.kind), store, workspace);
    if (id) parts.push({ id, value: item, pointer: `/items/${i}` });
  });
  return parts;
}

/** An object kubectl sends on its own: a document, or one item of a List. */
export interface K8sObjectNode {
  apiVersion: string;
  kind: string;
  /** the object's node */
  root: AstNode;
  /** its apiVersion's value node */
  apiNode: AstNode | undefined;
}

/** The document's objects as kubectl sends them: the document itself, and a List's items after it. */
export function k8sObjects(doc: DocUnit): K8sObjectNode[] {
  if (doc.kind.family !== 'k8s' || !doc.root) return [];
  const { apiVersion, kind } = doc.kind;
  const out: K8sObjectNode[] = [{ apiVersion, kind, root: doc.root, apiNode: findProperty(doc.root, 'apiVersion')?.children?.[1] }];
  if (!isList(apiVersion, kind)) return out;
  for (const item of getChild(doc.root, 'items')?.children ?? []) {
    const apiNode = getChild(item, 'apiVersion');
    const itemKind = getChild(item, 'kind')?.value;
    if (typeof apiNode?.value === 'string' && typeof itemKind === 'string')
      out.push({ apiVersion: apiNode.value, kind: itemKind, root: item, apiNode });
  }
  return out;
}
