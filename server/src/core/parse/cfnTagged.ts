/**
 * The short-form tags the one-pass scanner met (scanFlow.ts `Tagged`), turned into long forms
 * once the document's root says it is a template, exactly as yaml.ts `convertDocument` does
 * (`wrapCfnTag` at `tagOffset`); in any other document the tagged nodes stay as they are.
 */
import type { AstNode } from './tree';
import { CFN_TOP_KEYS, tagOffset, wrapCfnTag } from './cfnTags';
import type { Tagged } from './scanFlow';

/** A map at the top with a key only templates have (yaml.ts `looksLikeTemplate`). */
export function looksLikeTemplate(root: AstNode): boolean {
  return root.type === 'object' && root.children!.some((p) => CFN_TOP_KEYS.has(p.children![0].value as string));
}

/** Each tagged node replaced in its parent by its long form. */
export function wrapTagged(tagged: readonly Tagged[], text: string): void {
  for (const { tag, node } of tagged) {
    const parent = node.parent!;
    const kids = parent.children!;
    const wrapped = wrapCfnTag(tag, tagOffset(text, tag, node.offset), node, parent, text);
    kids[kids.indexOf(node)] = wrapped;
  }
}
