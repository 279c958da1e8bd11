/**
 * `<metric-card>` registered under its own tag. Import `./metric-card.class.js` instead to
 * register the class under another name.
 */
import { defineElement } from '../../define.js';
import { MetricCard } from './metric-card.class.js';

export * from './metric-card.class.js';

defineElement('metric-card', MetricCard);
