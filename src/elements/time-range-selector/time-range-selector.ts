/**
 * `<time-range-selector>` registered under its own tag. Import `./time-range-selector.class.js` instead to
 * register the class under another name.
 */
import { defineElement } from '../../define.js';
import { TimeRangeSelector } from './time-range-selector.class.js';

export * from './time-range-selector.class.js';

defineElement('time-range-selector', TimeRangeSelector);
