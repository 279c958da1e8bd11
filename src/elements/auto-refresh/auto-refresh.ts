/**
 * `<auto-refresh>` registered under its own tag. Import `./auto-refresh.class.js` instead to
 * register the class under another name.
 */
import { defineElement } from '../../define.js';
import { AutoRefresh } from './auto-refresh.class.js';

export * from './auto-refresh.class.js';

defineElement('auto-refresh', AutoRefresh);
