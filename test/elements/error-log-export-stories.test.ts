/**
 * The `<error-log>` stories of the export's states reach the state they are named after, and
 * axe finds nothing in it (the story test checks each story as first rendered, before its press).
 */
import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import * as stories from '../../stories/error-log.stories.js';
import { composeStories } from '../stories/compose.js';
import { untilRendered } from './provided-store.js';

const composed = composeStories(stories as unknown as Record<string, unknown>);
const states: [name: string, part: string, says: RegExp][] = [
  ['Exporting', 'export-progress', /^Exporting 500 of [\d,]+… Cancel export$/],
  ['ExportCancelled', 'export-progress', /^Export cancelled; nothing was saved\.$/],
  ['ExportFailed', 'export-error', /^Export failed after 500 of [\d,]+ errors; nothing was saved\. .*\(503\)/],
  ['LoadedOnly', 'scope', /^Counts are of the 100 loaded errors only\. This server does not search its log: the search covers the 100 loaded errors only\.$/],
];

describe('error-log export stories', function () {
  this.timeout(20_000);
  for (const [name, part, says] of states) {
    it(`${name} shows its state, accessibly`, async () => {
      const story = composed.find((s) => s.id.endsWith(`/${name}`))!;
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      render(story.render(), host);
      const log = () => host.querySelector('error-log')?.shadowRoot;
      const said = () => (log()?.querySelector(`[part="${part}"]`)?.textContent ?? '').replace(/\s+/g, ' ').trim();
      await untilRendered(() => says.test(said()), `${name}: ${String(says)}`, 600);
      expect(log()!.querySelectorAll('[part~="entry"]').length, 'the log stays').to.be.greaterThan(0);
      await expect(host).to.be.accessible();
      render(html``, host);
    });
  }
});
