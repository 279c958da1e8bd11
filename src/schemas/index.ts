/** The REST contract (CONTRACT.md §1) as zod schemas and the types inferred from them. */
export * from './pipeline.js';
export * from './metrics.js';
export * from './history.js';
export * from './pipeline-error.js';
export * from './problem.js';
export * from './message.js';
export { parseRfc3339 } from './rfc3339.js';
export { parseResource } from './parse.js';
