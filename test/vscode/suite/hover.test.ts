import * as assert from 'node:assert/strict';
import { closeAllEditors, fixture, hoverText, openFile, positionOf, serverReady, waitFor } from './helpers';

suite('hover', () => {
  suiteSetup(serverReady);
  suiteTeardown(closeAllEditors);

  test('hovering "family" explains the field', async () => {
    const { document: doc } = await openFile(fixture('ecs', 'wrong-type-taskdef.json'));
    const pos = positionOf(doc, '"family"', 3);
    const text = await waitFor(async () => (await hoverText(doc.uri, pos)) || undefined, 'a hover on "family"', 20_000);
    assert.match(text, /famil/i, `hover text: ${text}`);
  });
});
