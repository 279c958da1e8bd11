/**
 * Every story of every element renders in Chromium without a thrown error, a console error or
 * an axe violation. The list of story files comes from the test server (`/__stories.js`), so a
 * new stories file is covered without editing this test.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html, render } from 'lit';
import sinon from 'sinon';
import { composeStories } from './compose.js';

const { storyModules } = (await import(/* @vite-ignore */ '/__stories.js' as string)) as {
  storyModules: Record<string, () => Promise<Record<string, unknown>>>;
};

describe('stories', () => {
  it('exist for the elements', () => {
    expect(Object.keys(storyModules)).to.not.be.empty;
  });

  for (const [file, load] of Object.entries(storyModules)) {
    describe(file, () => {
      it('renders every story with no error and no axe violation', async function () {
        this.timeout(60_000);
        const stories = composeStories(await load());
        expect(stories, `${file} exports stories`).to.not.be.empty;
        for (const story of stories) {
          const consoleError = sinon.stub(console, 'error');
          const host = await fixture<HTMLDivElement>(html`<div></div>`);
          try {
            render(story.render(), host);
            const elements = [...host.querySelectorAll('*')].filter((el) => el.tagName.includes('-'));
            await Promise.all(elements.map((el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete));
            await waitUntil(() => !host.querySelector('[aria-busy="true"]') || story.id.toLowerCase().includes('loading'), `${story.id} settles`, { timeout: 5000 }).catch(() => undefined);
            expect(consoleError.callCount, `${story.id}: console.error ${String(consoleError.firstCall?.args[0])}`).to.equal(0);
            await expect(host, story.id).to.be.accessible();
          } finally {
            consoleError.restore();
            render(html``, host);
          }
        }
      });
    });
  }
});
