/**
 * Findings of one document, per check, with what each check read elsewhere in the workspace
 * (`WorkspaceIndex.track`), kept until the document changes. A keystroke then re-runs, for the
 * other documents of the file and for the other open files, only the checks that read something
 * the keystroke changed. An incremental re-parse keeps unchanged DocUnit objects, shifting them
 * when text before them grew or shrank; the findings are shifted with them.
 */
import type { DocUnit, Finding, RuleSettings } from './types';
import type { Rule } from './rules/rule';
import { NO_DEPS, type Deps } from './workspace';
import { shiftFinding } from './reanalyze';

export interface CheckFindings {
  findings: Finding[];
  deps: Deps;
}

export interface DocFindings {
  /** by check: [0] the schema, [i + 1] rule i; a hole means "not run yet" */
  parts: (CheckFindings | undefined)[];
  /**
   * The document's whole answer, with everything its checks read: while that is unchanged, a
   * keystroke elsewhere costs this document one look instead of a look per check (a 50,000-line
   * manifest has 1,700 documents and about 80 checks each).
   */
  all?: CheckFindings;
}

/**
 * The findings move with their document: the whole answer at once (it is what a keystroke
 * elsewhere reads), the per-check parts only when a check must run again (a keystroke near the
 * top of a big file moves 1,700 documents of about 80 parts each).
 */
class Entry implements DocFindings {
  all?: CheckFindings;
  private kept: (CheckFindings | undefined)[] = [];
  private keptOffset: number;

  constructor(
    private readonly doc: DocUnit,
    readonly settings: RuleSettings,
    readonly rules: readonly Rule[],
    public offset: number,
  ) {
    this.keptOffset = offset;
  }

  get parts(): (CheckFindings | undefined)[] {
    const by = this.doc.offset - this.keptOffset;
    if (by !== 0) {
      this.kept = this.kept.map((p) => (p?.findings.length ? { findings: p.findings.map((f) => shiftFinding(f, by)), deps: p.deps } : p));
      this.keptOffset = this.doc.offset;
    }
    return this.kept;
  }
}

export class DocFindingsCache {
  private readonly byDoc = new WeakMap<DocUnit, Entry>();

  /** The memo of `doc` for these settings and rules, with its findings moved to where the document is now. */
  entry(doc: DocUnit, settings: RuleSettings, rules: readonly Rule[]): DocFindings {
    let e = this.byDoc.get(doc);
    if (!e || e.settings !== settings || e.rules !== rules) {
      e = new Entry(doc, settings, rules, doc.offset);
      this.byDoc.set(doc, e);
    } else if (e.offset !== doc.offset) {
      const by = doc.offset - e.offset;
      if (e.all?.findings.length) e.all = { findings: e.all.findings.map((f) => shiftFinding(f, by)), deps: e.all.deps };
      e.offset = doc.offset;
    }
    return e;
  }
}

/** What several checks read, together (each key once; the stamps are the same for a key read twice in one pass). */
export function mergeDeps(list: readonly Deps[]): Deps {
  let keys: string[] | undefined;
  let stamps: number[] | undefined;
  for (const d of list) {
    for (let i = 0; i < d.keys.length; i++) {
      if (keys?.includes(d.keys[i])) continue;
      (keys ??= []).push(d.keys[i]);
      (stamps ??= []).push(d.stamps[i]);
    }
  }
  return keys ? { keys, stamps: stamps! } : NO_DEPS;
}
