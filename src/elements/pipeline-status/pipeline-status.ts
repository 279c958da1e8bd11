/**
 * `<pipeline-status>` registered under its own tag. Import `./pipeline-status.class.js` instead to
 * register the class under another name.
 */
import { defineElement } from '../../define.js';
import { PipelineStatusElement } from './pipeline-status.class.js';

export * from './pipeline-status.class.js';

defineElement('pipeline-status', PipelineStatusElement);
