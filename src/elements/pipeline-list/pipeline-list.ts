/**
 * `<pipeline-list>` registered under its own tag. Import `./pipeline-list.class.js` instead to
 * register the class under another name.
 */
import { defineElement } from '../../define.js';
import { PipelineListElement } from './pipeline-list.class.js';

export * from './pipeline-list.class.js';

defineElement('pipeline-list', PipelineListElement);
