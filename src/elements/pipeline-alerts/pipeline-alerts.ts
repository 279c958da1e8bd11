/**
 * `<pipeline-alerts>` registered under its own tag. Import `./pipeline-alerts.class.js` instead to register the
 * class under another name.
 */
import { defineElement } from '../../define.js';
import { PipelineAlertsElement } from './pipeline-alerts.class.js';

export * from './pipeline-alerts.class.js';

defineElement('pipeline-alerts', PipelineAlertsElement);
