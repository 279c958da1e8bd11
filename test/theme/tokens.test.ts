import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { css, html as litHtml, LitElement } from 'lit';
import { renderIcon, tokens } from '../../src/theme/index.js';

/** A minimal element that paints itself with the tokens, the way every real element does. */
class TokenProbe extends LitElement {
  static override styles = [
    tokens,
    css`
      div {
        color: var(--_pm-color-text);
        background: var(--_pm-color-surface);
        border-color: var(--_pm-color-accent);
        transition: color var(--_pm-motion-duration);
      }
    `,
  ];

  override render() {
    return litHtml`<div>probe</div>${renderIcon('warning')}`;
  }
}
customElements.define('token-probe', TokenProbe);

const LIGHT_TEXT = 'rgb(31, 35, 40)';
const DARK_TEXT = 'rgb(230, 237, 243)';

function painted(probe: Element): CSSStyleDeclaration {
  const inner = probe.shadowRoot?.querySelector('div');
  if (!inner) throw new Error('probe did not render');
  return getComputedStyle(inner);
}

describe('theme tokens', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    document.documentElement.style.removeProperty('color-scheme');
  });

  it('paints the light palette when the page says nothing about colour schemes', async () => {
    const probe = await fixture(html`<token-probe></token-probe>`);
    expect(painted(probe).color).to.equal(LIGHT_TEXT);
    expect(painted(probe).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('follows the system dark mode when the page declares color-scheme: light dark', async () => {
    document.documentElement.style.setProperty('color-scheme', 'light dark');
    await emulateMedia({ colorScheme: 'dark' });
    const probe = await fixture(html`<token-probe></token-probe>`);
    expect(painted(probe).color).to.equal(DARK_TEXT);
  });

  it('goes dark when any ancestor forces color-scheme: dark', async () => {
    const wrapper = await fixture(html`<section style="color-scheme: dark"><div><token-probe></token-probe></div></section>`);
    expect(painted(wrapper.querySelector('token-probe')!).color).to.equal(DARK_TEXT);
  });

  it('lets theme="light" or theme="dark" on the element override its surroundings', async () => {
    document.documentElement.style.setProperty('color-scheme', 'light dark');
    await emulateMedia({ colorScheme: 'dark' });
    const light = await fixture(html`<token-probe theme="light"></token-probe>`);
    expect(painted(light).color).to.equal(LIGHT_TEXT);
    await emulateMedia({ colorScheme: 'light' });
    const dark = await fixture(html`<token-probe theme="dark"></token-probe>`);
    expect(painted(dark).color).to.equal(DARK_TEXT);
  });

  it('takes an embedder’s --pm-* value set on an ancestor over the default', async () => {
    const wrapper = await fixture(
      html`<div style="--pm-color-accent: rgb(1, 2, 3); --pm-color-text: rgb(4, 5, 6)"><token-probe></token-probe></div>`,
    );
    const style = painted(wrapper.querySelector('token-probe')!);
    expect(style.borderTopColor).to.equal('rgb(1, 2, 3)');
    expect(style.color).to.equal('rgb(4, 5, 6)');
  });

  it('turns transitions off when the user prefers reduced motion', async () => {
    const probe = await fixture(html`<token-probe></token-probe>`);
    expect(painted(probe).transitionDuration).to.equal('0.15s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(painted(probe).transitionDuration).to.equal('0s');
  });

  it('renders icons as decorative SVG that takes the text colour', async () => {
    const probe = await fixture(html`<token-probe></token-probe>`);
    const icon = probe.shadowRoot?.querySelector('svg');
    expect(icon?.getAttribute('aria-hidden')).to.equal('true');
    expect(icon?.getAttribute('stroke')).to.equal('currentColor');
    expect(icon?.querySelector('path')).to.exist;
  });
});
