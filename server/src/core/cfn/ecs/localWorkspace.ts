/**
 * The workspace as a template's ECS views see it: the template's own task definitions, services
 * and clusters first (a service's `!Ref TaskDef` means this template's), then the workspace's.
 * Everything else is the workspace itself, so what the rules read is tracked as usual.
 *
 * What a check reads of the template's own views is tracked too: a view kept through a keystroke
 * (viewMemo.ts) keeps its findings only while the views it read are the same documents at the
 * same places. Such a read is a key `local:<key>:<the views' serials and offsets>` with stamp 0:
 * the workspace's own `fresh` passes it (it never stamps such keys), and this view's `fresh`
 * compares it with what the key holds now.
 */
import type { DocUnit } from '../../types';
import type { Deps, DocEntry, WorkspaceIndex } from '../../workspace';
import { ecsKey, type EcsDocType } from '../../ecs/kind';

const LOCAL = 'local:';
const serials = new WeakMap<DocUnit, number>();
let nextSerial = 1;

/** a number per view document, for as long as it lives */
function serialOf(doc: DocUnit): number {
  let s = serials.get(doc);
  if (s === undefined) serials.set(doc, (s = nextSerial++));
  return s;
}

export function withLocalDocs(ws: WorkspaceIndex, local: ReadonlyMap<string, DocEntry[]>): WorkspaceIndex {
  /** the read-keys of the open `track` calls (nested calls' reads count for the outer ones too) */
  const frames: Set<string>[] = [];
  const signatures = new Map<string, string>();
  const signature = (key: string): string => {
    let s = signatures.get(key);
    if (s === undefined) {
      s = `${LOCAL}${key}:${(local.get(key) ?? []).map((e) => `${serialOf(e.doc)}@${e.doc.offset}`).join(',')}`;
      signatures.set(key, s);
    }
    return s;
  };
  const docs = (key: string): DocEntry[] => {
    if (frames.length) {
      const s = signature(key);
      for (const f of frames) f.add(s);
    }
    const own = local.get(key);
    return own ? [...own, ...ws.docs(key)] : ws.docs(key);
  };
  const track = <T, A extends unknown[]>(fn: (...args: A) => T, ...args: A): { value: T; deps: Deps } => {
    const read = new Set<string>();
    frames.push(read);
    let out: { value: T; deps: Deps };
    try {
      out = ws.track(fn, ...args);
    } finally {
      frames.pop();
    }
    if (!read.size) return out;
    const keys = [...out.deps.keys, ...read];
    return { value: out.value, deps: { keys, stamps: keys.map((_, i) => (i < out.deps.keys.length ? out.deps.stamps[i] : 0)) } };
  };
  const fresh = (deps: Deps): boolean => {
    for (const k of deps.keys) {
      if (!k.startsWith(LOCAL)) continue;
      if (signature(k.slice(LOCAL.length, k.lastIndexOf(':'))) !== k) return false;
    }
    return ws.fresh(deps);
  };
  return new Proxy(ws, {
    get(target, p) {
      if (p === 'docs') return docs;
      if (p === 'ecs') return (type: EcsDocType) => docs(ecsKey(type));
      if (p === 'track') return track;
      if (p === 'fresh') return fresh;
      const v: unknown = Reflect.get(target, p, target);
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}
