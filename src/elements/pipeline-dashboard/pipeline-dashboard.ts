/**
 * `<pipeline-dashboard>` registered under its own tag, with every element it composes. Import
 * `./pipeline-dashboard.class.js` instead to register the dashboard under another name.
 */
import { defineElement } from '../../define.js';
import { PipelineDashboard } from './pipeline-dashboard.class.js';
import { warmUpDashboards } from './warm-up.js';

export * from './pipeline-dashboard.class.js';

// Before the definition upgrades the dashboards already in the page: their requests start now.
warmUpDashboards('pipeline-dashboard');
defineElement('pipeline-dashboard', PipelineDashboard);
