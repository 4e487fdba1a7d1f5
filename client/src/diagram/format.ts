/**
 * Export formats, pure: Mermaid source as it is, Markdown with a ```mermaid fence (the same text
 * `ecs-eks-architect diagram --format markdown` prints), and a standalone SVG file.
 */

export type ExportFormat = 'mmd' | 'md' | 'svg';

export const EXPORT_FORMATS: readonly { format: ExportFormat; label: string; detail: string; filter: Record<string, string[]> }[] = [
  { format: 'mmd', label: 'Mermaid (.mmd)', detail: 'The diagram source, as the CLI prints it', filter: { Mermaid: ['mmd'] } },
  { format: 'md', label: 'Markdown (.md)', detail: 'A ```mermaid block: GitHub and GitLab draw it', filter: { Markdown: ['md'] } },
  { format: 'svg', label: 'SVG image (.svg)', detail: 'The picture as shown, with the current filter', filter: { 'SVG image': ['svg'] } },
];

export function toMarkdown(mermaid: string): string {
  return '```mermaid\n' + mermaid.trimEnd() + '\n```\n';
}

/** an SVG serialized from the page, made a file of its own: XML prolog and the SVG namespace */
export function toSvgFile(svg: string): string {
  let s = svg.trim();
  if (!/^<svg[\s>]/.test(s)) throw new Error('not an SVG element');
  if (!/^<svg[^>]*\sxmlns="http:\/\/www\.w3\.org\/2000\/svg"/.test(s)) s = s.replace(/^<svg/, '<svg xmlns="http://www.w3.org/2000/svg"');
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + s + '\n';
}

export function fileContent(format: ExportFormat, mermaid: string, svg?: string): string {
  switch (format) {
    case 'mmd':
      return mermaid.endsWith('\n') ? mermaid : mermaid + '\n';
    case 'md':
      return toMarkdown(mermaid);
    case 'svg': {
      if (svg === undefined) throw new Error('no SVG to save');
      return toSvgFile(svg);
    }
  }
}
