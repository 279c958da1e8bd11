/**
 * `<pipeline-metrics-grid>` registered under its own tag. Import `./pipeline-metrics-grid.class.js` instead to
 * register the class under another name.
 */
import { defineElement } from '../../define.js';
import { PipelineMetricsGrid } from './pipeline-metrics-grid.class.js';

export * from './pipeline-metrics-grid.class.js';

defineElement('pipeline-metrics-grid', PipelineMetricsGrid);
