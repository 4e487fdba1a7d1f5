import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileContent, toMarkdown, toSvgFile, EXPORT_FORMATS } from '../../../client/src/diagram/format';
import { mermaidTheme, ThemeKind } from '../../../client/src/diagram/theme';

const TEXT = 'flowchart LR\n  a["A"] --> b["B"]\n';

test('Markdown export is a mermaid fence, as the CLI prints it', () => {
  assert.equal(toMarkdown(TEXT), '```mermaid\nflowchart LR\n  a["A"] --> b["B"]\n```\n');
  assert.equal(fileContent('md', TEXT), toMarkdown(TEXT));
  assert.equal(fileContent('mmd', TEXT), TEXT);
  assert.equal(fileContent('mmd', 'flowchart LR'), 'flowchart LR\n');
});

test('SVG export is a standalone file with the SVG namespace', () => {
  assert.equal(
    toSvgFile('<svg id="d"><g/></svg>'),
    '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" id="d"><g/></svg>\n',
  );
  const already = '<svg id="d" xmlns="http://www.w3.org/2000/svg" width="10"></svg>';
  assert.equal(toSvgFile(already).split('xmlns=').length, 2, 'namespace not doubled');
  assert.throws(() => toSvgFile('<div>no</div>'), /not an SVG/);
  assert.throws(() => fileContent('svg', TEXT), /no SVG/);
  assert.deepEqual(
    EXPORT_FORMATS.map((f) => f.format),
    ['mmd', 'md', 'svg'],
  );
});

test('theme: the setting wins; auto follows the color theme kind', () => {
  assert.equal(mermaidTheme('forest', ThemeKind.Dark), 'forest');
  assert.equal(mermaidTheme('auto', ThemeKind.Light), 'default');
  assert.equal(mermaidTheme('auto', ThemeKind.Dark), 'dark');
  assert.equal(mermaidTheme('auto', ThemeKind.HighContrast), 'dark');
  assert.equal(mermaidTheme('auto', ThemeKind.HighContrastLight), 'neutral');
  assert.equal(mermaidTheme(undefined, ThemeKind.Dark), 'dark');
  assert.equal(mermaidTheme('base; %%{init}', ThemeKind.Light), 'default', 'unknown values fall back');
});
