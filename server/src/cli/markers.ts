/** Replaces the text between our two markers in a Markdown file, so a repo's docs keep a current diagram. */
export const START = '<!-- ecs-eks-architect:diagram:start -->';
export const END = '<!-- ecs-eks-architect:diagram:end -->';

export function replaceBetweenMarkers(markdown: string, content: string): string {
  const a = markdown.indexOf(START);
  const b = markdown.indexOf(END, a + START.length);
  // not a usage error: the command line is fine, the file is not ready
  if (a < 0 || b < 0)
    throw new Error(`The file has no section to update: add a line ${START} and, below it, a line ${END}, then run again.`);
  return markdown.slice(0, a + START.length) + '\n' + content + markdown.slice(b);
}
