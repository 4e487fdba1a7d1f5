// Acting on the VS Code workbench like a person, but only once it is ready for it: every helper
// waits for the state its keystrokes need (the quick input open and focused, or closed again; the
// editor focused; the cursor where it should be) before it types. A keystroke sent too early goes
// to whatever has the focus, e.g. "-v2" into a Go to Line box that had not closed yet.
// Used by every UI driver in this folder.
'use strict';
const { waitFor } = require('../host.cjs');

const WIDGET = '.quick-input-widget';
const INPUT = `${WIDGET} .quick-input-box input`;

/** what has the keyboard focus, for error messages */
const focusedElement = (page) =>
  page
    .evaluate(() => {
      const a = document.activeElement;
      return a ? `${a.tagName.toLowerCase()}${a.className ? `.${String(a.className).trim().split(/\s+/).join('.')}` : ''}` : 'nothing';
    })
    .catch(() => 'unknown');

/** wait until `probe` holds; the error names what had the focus instead */
async function waitForState(page, probe, what, ms) {
  try {
    return await waitFor(probe, what, ms, 50);
  } catch (err) {
    throw new Error(`${err.message} (focus on ${await focusedElement(page)})`, { cause: err });
  }
}

/** the quick input (Quick Open, Command Palette, Go to Line) is not showing */
const quickInputClosed = (page, ms = 10000) =>
  waitForState(page, async () => !(await page.locator(WIDGET).isVisible()), 'the quick input to close', ms);

/** close the quick input if it is open (Escape), and wait until it is gone */
async function closeQuickInput(page) {
  if (await page.locator(WIDGET).isVisible()) await page.keyboard.press('Escape');
  await quickInputClosed(page);
}

/**
 * Opens a quick input with `key` (Control+P, F1, Control+G) from a closed state and waits until its
 * box has the focus and shows `prefix` ('' for Quick Open, '>' for commands, ':' for Go to Line).
 */
async function openQuickInput(page, key, prefix, ms = 10000) {
  await closeQuickInput(page);
  await page.keyboard.press(key);
  const input = page.locator(INPUT);
  await waitForState(
    page,
    async () =>
      (await page.evaluate((sel) => document.activeElement === document.querySelector(sel), INPUT)) &&
      (await input.inputValue()) === prefix,
    `the quick input (${key}) focused and showing "${prefix}"`,
    ms,
  );
  return input;
}

/**
 * Opens a quick input, enters `text` after its prefix, waits for the focused row to match `row`
 * and accepts it with Enter; returns once the quick input has closed.
 */
async function pick(page, { key, prefix, text, row, ms = 15000 }) {
  const input = await openQuickInput(page, key, prefix);
  await input.fill(prefix + text);
  await page.locator(`${WIDGET} .monaco-list-row.focused`, { hasText: row }).waitFor({ timeout: ms });
  await page.keyboard.press('Enter');
  await quickInputClosed(page);
}

/**
 * Opens the Command Palette with `label` typed and waits for a row showing it. The palette lists
 * the commands known when it opens, so while extensions are still loading it is reopened until
 * the row appears or `ms` runs out. Leaves the palette open on success; false when never listed.
 */
async function findInPalette(page, label, ms = 30000) {
  const row = page.locator(`${WIDGET} .monaco-list-row`, { hasText: label }).first();
  return waitFor(
    async () => {
      const input = await openQuickInput(page, 'F1', '>');
      await input.fill(`>${label}`);
      await row.waitFor({ timeout: 2000 });
      return true;
    },
    `"${label}" in the Command Palette`,
    ms,
    100,
  ).catch(() => false);
}

/** runs a command from the Command Palette; returns once the palette has closed */
async function runCommand(page, label, ms = 30000) {
  if (!(await findInPalette(page, label, ms))) throw new Error(`"${label}" is not in the Command Palette`);
  await page.locator(`${WIDGET} .monaco-list-row.focused`, { hasText: label }).waitFor({ timeout: 5000 });
  await page.keyboard.press('Enter');
  await quickInputClosed(page);
}

/** a text editor in the editor area has the keyboard focus (not a quick input, panel or webview) */
const editorFocused = (page, ms = 10000) =>
  waitForState(
    page,
    () =>
      page.evaluate(() => {
        const a = document.activeElement;
        // VS Code types into an EditContext div in Chromium, a textarea elsewhere
        return !!a && a.matches('.native-edit-context, textarea.inputarea') && !!a.closest('.part.editor .monaco-editor.focused');
      }),
    'a text editor to have the focus',
    ms,
  );

/**
 * Quick Open (Control+P) `rel`; returns once its tab is active and its editor has the focus. Quick
 * Open does not search again when the workspace's file search comes up late (a busy machine, a
 * fresh window), so it is reopened until the file is listed or `ms` runs out.
 */
async function quickOpen(page, rel, ms = 45000) {
  const name = rel.split('/').pop();
  const row = page.locator(`${WIDGET} .monaco-list-row.focused`, { hasText: name });
  await waitFor(
    async () => {
      const input = await openQuickInput(page, 'Control+P', '');
      await input.fill(rel);
      await row.waitFor({ timeout: 3000 });
      return true;
    },
    `"${rel}" listed by Quick Open`,
    ms,
    100,
  );
  await page.keyboard.press('Enter');
  await quickInputClosed(page);
  await page.locator('.tab.active', { hasText: name }).waitFor({ timeout: 15000 });
  await editorFocused(page);
}

/** the status bar's "Ln x, Col y" of the active editor, or undefined */
async function cursor(page) {
  const t = await page.locator('.statusbar-item[id="status.editor.selection"]').first().innerText({ timeout: 2000 });
  const m = /Ln (\d+), Col (\d+)/.exec(t);
  return m ? { line: Number(m[1]), col: Number(m[2]) } : undefined;
}

/** the status bar shows the cursor at `line`:`col` (1-based) */
const cursorAt = (page, line, col, ms = 10000) =>
  waitForState(
    page,
    async () => {
      const c = await cursor(page);
      return c && c.line === line && c.col === col && c;
    },
    `the cursor at Ln ${line}, Col ${col}`,
    ms,
  );

/**
 * the active editor marks `line` (1-based) as the cursor's line. Read from the line numbers, not the
 * status bar: after a link opens a file, code-server sometimes leaves the status bar without its
 * "Ln, Col" item although the cursor is on the line (seen in CI on 3 Dec).
 */
const activeLineIs = (page, line, ms = 10000) =>
  waitForState(
    page,
    async () => {
      const n = page.locator('.part.editor .editor-group-container.active .margin .line-numbers.active-line-number');
      const texts = await n.allInnerTexts().catch(() => []);
      return texts.some((t) => t.trim() === String(line));
    },
    `the cursor on line ${line}`,
    ms,
  );

/** Go to Line (Control+G) `line`:`col`; returns once the editor has the focus with the cursor there */
async function goToLine(page, line, col) {
  await pick(page, { key: 'Control+G', prefix: ':', text: `${line}:${col}`, row: new RegExp(`\\b${line}\\b.*\\b${col}\\b`) });
  await editorFocused(page);
  await cursorAt(page, line, col);
}

/** types `text` into the focused editor (waits for the focus first) */
async function typeInEditor(page, text, delay = 20) {
  await editorFocused(page);
  await page.keyboard.type(text, { delay });
}

/** presses `keys` one after the other in the focused editor (waits for the focus first) */
async function pressInEditor(page, ...keys) {
  await editorFocused(page);
  for (const k of keys) await page.keyboard.press(k);
}

/**
 * Loads the workbench at `url` and waits until it is there. The guard is generous because it only
 * bounds a hang: code-server's first page took over 30 s on a 2-core machine at load ~25 (UI runs
 * beside the bench and builds), and a window reload restarts the extension host as well.
 */
async function openWorkbench(page, url, ms = 120000) {
  if (url) await page.goto(url, { waitUntil: 'domcontentloaded', timeout: ms });
  else await page.reload({ waitUntil: 'domcontentloaded', timeout: ms });
  await page.locator('.monaco-workbench').waitFor({ timeout: ms });
}

module.exports = {
  openWorkbench,
  quickInputClosed,
  closeQuickInput,
  openQuickInput,
  pick,
  findInPalette,
  runCommand,
  editorFocused,
  quickOpen,
  cursor,
  cursorAt,
  activeLineIs,
  goToLine,
  typeInEditor,
  pressInEditor,
};
