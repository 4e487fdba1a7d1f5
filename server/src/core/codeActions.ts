/** Code actions for a range: the fixes findings carry, then what the document's family offers there. */
import type { Finding, Fix, SourceFile } from './types';
import { familyOf } from './families';

export interface CodeActionEntry {
  fix: Fix;
  /** the finding the fix answers (a quick fix); absent for a family's own action */
  finding?: Finding;
}

export function codeActions(file: SourceFile, range: { offset: number; length: number }, findings: readonly Finding[]): CodeActionEntry[] {
  const start = range.offset;
  const end = range.offset + range.length;
  const out: CodeActionEntry[] = [];
  for (const f of findings) {
    if (!f.fixes?.length || f.offset > end || f.offset + f.length < start) continue;
    for (const fix of f.fixes) out.push({ fix, finding: f });
  }
  for (const doc of file.docs) {
    if (doc.offset > end || doc.offset + doc.length < start) continue;
    for (const contribute of familyOf(doc.kind)?.codeActions ?? []) {
      for (const fix of contribute(file, doc, range)) out.push({ fix });
    }
  }
  return out;
}
