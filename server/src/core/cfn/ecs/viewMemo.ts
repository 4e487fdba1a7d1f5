/**
 * A resource's ECS views kept through keystrokes elsewhere in the template. The incremental
 * re-parse (reanalyzeEntry.ts) keeps an unchanged resource's nodes (moved when text above it grew
 * or shrank), so the views made from them hold while everything else they were made from holds
 * too: the parameters and mappings (the same entries), the capacity provider associations, and the
 * other resources their intrinsics named (each the same entry, or still absent). A kept view
 * document moves with its resource (its offset is the resource's), so the findings the validator
 * keeps for it (docFindingsCache.ts) move with it; what its checks read of the template's other
 * views is tracked by localWorkspace.ts.
 */
import type { AstNode } from '../../parse/tree';
import type { DocUnit } from '../../types';
import type { EcsDocType } from '../../ecs/kind';
import type { CfnResource, CfnTemplate } from '../template';
import { shiftTree } from '../../reanalyze';

export interface Built {
  unit: DocUnit;
  type: EcsDocType;
  names: Map<string, string>;
  note?: string;
}

/** What every view of a template reads besides its own resource and the resources it names. */
export interface TemplateParts {
  parameters: readonly AstNode[];
  mappings: readonly AstNode[];
  associations: readonly AstNode[];
}

interface Made {
  parts: TemplateParts;
  /** the other resources read, by logical id: the entry then (undefined: there was none) */
  reads: Map<string, AstNode | undefined>;
  /** the resource's offset when the views were made */
  at: number;
  built: Built[];
}

const made = new WeakMap<AstNode, Made>();

export function templateParts(t: CfnTemplate): TemplateParts {
  const associations: AstNode[] = [];
  for (const r of t.resources.values()) if (r.type === 'AWS::ECS::ClusterCapacityProviderAssociations') associations.push(r.prop);
  return {
    parameters: [...t.parameters.values()].map((p) => p.prop),
    mappings: [...t.mappings.values()].map((m) => m.prop),
    associations,
  };
}

/**
 * The views of resource `r`: kept ones (moved to where the resource is now) when nothing they were
 * made from changed, else `make(tracked)` with a template that notes the resources read.
 */
export function viewsOfResource(t: CfnTemplate, parts: TemplateParts, r: CfnResource, make: (tracked: CfnTemplate) => Built[]): Built[] {
  const kept = made.get(r.prop);
  if (kept && stillHolds(kept, t, parts)) {
    const by = r.prop.offset - kept.at;
    if (by !== 0) {
      for (const b of kept.built) {
        shiftTree(b.unit.root!, by);
        b.unit.offset += by;
      }
      kept.at = r.prop.offset;
    }
    return kept.built;
  }
  const reads = new Map<string, AstNode | undefined>();
  const built = make(noting(t, reads));
  made.set(r.prop, { parts, reads, at: r.prop.offset, built });
  return built;
}

function stillHolds(m: Made, t: CfnTemplate, parts: TemplateParts): boolean {
  if (!same(m.parts.parameters, parts.parameters) || !same(m.parts.mappings, parts.mappings)) return false;
  if (!same(m.parts.associations, parts.associations)) return false;
  for (const [id, prop] of m.reads) if (t.resources.get(id)?.prop !== prop) return false;
  return true;
}

function same(a: readonly AstNode[], b: readonly AstNode[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** the template, with each resource looked up by id noted in `reads` */
function noting(t: CfnTemplate, reads: Map<string, AstNode | undefined>): CfnTemplate {
  const resources = t.resources;
  const note = (id: string) => {
    if (!reads.has(id)) reads.set(id, resources.get(id)?.prop);
  };
  const watched = new Proxy(resources, {
    get(target, p) {
      if (p === 'get')
        return (id: string) => {
          note(id);
          return target.get(id);
        };
      if (p === 'has')
        return (id: string) => {
          note(id);
          return target.has(id);
        };
      const v: unknown = Reflect.get(target, p, target);
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
  return { ...t, resources: watched };
}
