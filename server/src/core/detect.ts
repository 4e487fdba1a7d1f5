/**
 * What a document is, decided from its content by each family in turn; the file name only breaks
 * ties. Anything no family recognises is `none` and gets nothing from us.
 */
import type { AstNode } from './parse/tree';
import type { Detected } from './family';
import { FAMILY_LIST } from './families';

export type { Detected };

export function detect(root: AstNode | undefined, value: unknown, fileName: string): Detected {
  const name = baseName(fileName);
  for (const family of FAMILY_LIST) {
    const found = family.detect({ root, value, fileName: name });
    if (found) return found;
  }
  return { kind: { family: 'none' }, body: undefined };
}

/** the last file's base name: every document of a file asks (1,777 times for one big manifest) */
let lastFile: string | undefined;
let lastName = '';

function baseName(fileName: string): string {
  if (fileName !== lastFile) {
    lastName = fileName.toLowerCase().replace(/\\/g, '/').split('/').pop() ?? '';
    lastFile = fileName;
  }
  return lastName;
}

/** Whether the start of a file too large to parse looks like one of ours (worth a notice). */
export function looksOurs(head: string): boolean {
  return FAMILY_LIST.some((f) => f.looksLike(head));
}
