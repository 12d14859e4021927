import * as assert from 'node:assert/strict';
import { activateExtension, hoverText, openDocument, positionOf, waitForHover } from './helpers';

describe('actor hovers', () => {
  before(activateExtension);

  it('shows the canonical name of the TTP from the default fact base', async () => {
    const document = await openDocument('brief.md');
    const text = await waitForHover(document.uri, positionOf(document, 'TTP'), 'Tehreek-i-Taliban Pakistan');
    assert.match(text, /Tehreek-i-Taliban Pakistan/);
  });

  it('shows no actor hover on a longer word that merely contains an alias (STTP)', async () => {
    const document = await openDocument('brief.md');
    // Wait until the server answers hovers at all, so an empty answer below means "no actor".
    await waitForHover(document.uri, positionOf(document, 'TTP'), 'Tehreek-i-Taliban Pakistan');
    const text = await hoverText(document.uri, positionOf(document, 'STTP', 0, 2));
    assert.doesNotMatch(text, /Tehreek|Taliban/);
  });

  it('works in a *.brief.md file (the policy-brief language)', async () => {
    const document = await openDocument('talks.brief.md');
    assert.equal(document.languageId, 'policy-brief');
    await waitForHover(document.uri, positionOf(document, 'TTP', 1), 'Tehreek-i-Taliban Pakistan');
  });
});
