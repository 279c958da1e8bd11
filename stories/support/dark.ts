/** The dark stories' page: a dark backdrop, so a forced `theme="dark"` is seen as on a dark portal. */
import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';

/** Wraps a story in a dark, padded backdrop. */
export const darkBackdrop: Decorator = (story) => html`<div style="background:#0f1115;padding:1rem">${story()}</div>`;
