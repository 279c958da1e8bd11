/**
 * `<pipeline-dashboard>` registered under its own tag, with every element it composes. Import
 * `./pipeline-dashboard.class.js` instead to register the dashboard under another name.
 */
import { defineElement } from '../../define.js';
import { PipelineDashboard } from './pipeline-dashboard.class.js';

export * from './pipeline-dashboard.class.js';

defineElement('pipeline-dashboard', PipelineDashboard);
