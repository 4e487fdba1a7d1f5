/**
 * Which Mermaid theme to draw with: the `ecsEksArchitect.diagram.theme` setting, or with `auto`
 * the VS Code color theme kind. Pure (numbers, not the vscode enum) so it is unit-tested.
 */
import type { MermaidTheme } from '../../../shared/src/messages';

/** vscode.ColorThemeKind values */
export const enum ThemeKind {
  Light = 1,
  Dark = 2,
  HighContrast = 3,
  HighContrastLight = 4,
}

const NAMED: readonly MermaidTheme[] = ['default', 'dark', 'neutral', 'forest'];

export function mermaidTheme(setting: unknown, kind: number): MermaidTheme {
  if (typeof setting === 'string' && (NAMED as readonly string[]).includes(setting)) return setting as MermaidTheme;
  switch (kind) {
    case ThemeKind.Dark:
    case ThemeKind.HighContrast:
      return 'dark';
    // neutral is black on white with plain lines: closest to a high-contrast light theme
    case ThemeKind.HighContrastLight:
      return 'neutral';
    default:
      return 'default';
  }
}
