/** Replaces the text between our two markers in a Markdown file, so a repo's docs keep a current diagram. */
import { UsageError } from './args';

export const START = '<!-- ecs-eks-architect:diagram:start -->';
export const END = '<!-- ecs-eks-architect:diagram:end -->';

export function replaceBetweenMarkers(markdown: string, content: string): string {
  const a = markdown.indexOf(START);
  const b = markdown.indexOf(END, a + START.length);
  if (a < 0 || b < 0) throw new UsageError(`The file has no ${START} … ${END} section to update.`);
  return markdown.slice(0, a + START.length) + '\n' + content + markdown.slice(b);
}
