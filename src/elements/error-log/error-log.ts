/**
 * `<error-log>` registered under its own tag. Import `./error-log.class.js` instead to register the
 * class under another name.
 */
import { defineElement } from '../../define.js';
import { ErrorLog } from './error-log.class.js';

export * from './error-log.class.js';

defineElement('error-log', ErrorLog);
