/**
 * Inlay hints: ECS cpu and memory sizes in people's units (`"cpu": "512"` → 0.5 vCPU, `"memory":
 * "1024"` → 1 GiB), where a short task definition reference (a family without revision or
 * ARN) resolves to in the workspace, and the image a deploy workflow's render step puts in.
 */
import type { AstNode } from '../parse/tree';
import { findNodeAtPath } from '../parse/tree';
import type { SourceFile } from '../types';
import type { WorkspaceIndex } from '../workspace';
import { taskView } from '../ecs/model';
import { findTaskDefinitionEntries, parseTaskDefRef } from '../ecs/refs';
import { formatCpu, formatMemory, parseCpu, parseMemory } from '../ecs/units';
import { renderedImages } from './renderedImage';

export interface Hint {
  /** where it is shown (after the value) */
  offset: number;
  label: string;
  tooltip?: string;
}

/** a bare number, written as a number or a string: other spellings ("1 vCPU") already say it */
const bare = (n: AstNode | undefined) =>
  !!n && (n.type === 'number' || (n.type === 'string' && typeof n.value === 'string' && /^\s*\d+\s*$/.test(n.value)));

export function inlayHints(ws: WorkspaceIndex, file: SourceFile, from: number, to: number): Hint[] {
  const out: Hint[] = [];
  for (const doc of file.docs) {
    if (doc.offset > to || doc.offset + doc.length < from || doc.kind.family !== 'ecs' || !doc.body) continue;
    const add = (n: AstNode | undefined, label: string | undefined, tooltip?: string) => {
      if (n && label && n.offset + n.length >= from && n.offset <= to) out.push({ offset: n.offset + n.length, label, tooltip });
    };
    const sizes = (obj: AstNode | undefined) => {
      const cpu = findNodeAtPath(obj, ['cpu']);
      if (bare(cpu)) add(cpu, size(parseCpu(cpu!.value), formatCpu));
      for (const key of ['memory', 'memoryReservation']) {
        const mem = findNodeAtPath(obj, [key]);
        if (bare(mem)) add(mem, size(parseMemory(mem!.value), formatMemory));
      }
    };
    const view = taskView(doc);
    if (view) {
      if (view.body) sizes(view.body);
      for (const c of view.containers) sizes(c.node);
      for (const r of renderedImages(ws, file.uri, view.containers)) add(r.node, r.label, r.tooltip);
    }
    if (doc.kind.type === 'service') {
      const td = findNodeAtPath(doc.body, ['taskDefinition']);
      const written = typeof td?.value === 'string' ? td.value : undefined;
      const ref = written && !written.startsWith('arn:') ? parseTaskDefRef(written) : undefined;
      if (td && ref && ref.revision === undefined) {
        const found = findTaskDefinitionEntries(ws, ref);
        const base = (uri: string) => uri.slice(uri.lastIndexOf('/') + 1);
        if (found.length === 1) {
          const rev = found[0].view.value.revision;
          add(
            td,
            `→ ${ref.family}${typeof rev === 'number' ? `:${rev}` : ''} in ${base(found[0].entry.file.uri)}`,
            'ECS runs the latest ACTIVE revision of this family; the workspace defines it in this file.',
          );
        } else if (found.length > 1) add(td, `→ ${found.length} task definitions of ${ref.family}`);
      }
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}

function size(v: number | undefined, format: (n: number) => string): string | undefined {
  return v === undefined ? undefined : format(v);
}
