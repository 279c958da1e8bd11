/** The confirmation body of `POST /pipelines/:id/start` and `/stop` (CONTRACT.md §1). */
import { z } from './zod.js';
import { text } from './fields.js';

/** `{message: "pipeline started"}` or `{message: "pipeline stopped"}`; the text is kept as sent. */
export const MessageResponse = z.object({ message: text });
/** The confirmation body of a start or stop request. */
export type MessageResponse = z.output<typeof MessageResponse>;
