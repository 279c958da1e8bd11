/**
 * `<table-metrics>` registered under its own tag. Import `./table-metrics.class.js` instead to register the
 * class under another name.
 */
import { defineElement } from '../../define.js';
import { TableMetricsElement } from './table-metrics.class.js';

export * from './table-metrics.class.js';

defineElement('table-metrics', TableMetricsElement);
