/**
 * `<metric-chart>` registered under its own tag. Import `./metric-chart.class.js` instead to
 * register the class under another name.
 */
import { defineElement } from '../../define.js';
import { MetricChart } from './metric-chart.class.js';

export * from './metric-chart.class.js';

defineElement('metric-chart', MetricChart);
