/** RFC 7807 problem details (CONTRACT.md §1 "Errors"), the body of a non-2xx answer. */
import { z } from './zod.js';

const text = z.string();

/**
 * Problem details as far as the library reads them. Every member is optional (RFC 7807), but a
 * body must carry a `title` or a `detail` to count as one. A malformed `status` or `errors` is
 * dropped rather than losing the title and detail around it.
 */
export const ProblemDetails = z
  .object({
    type: z.optional(text),
    title: z.optional(text),
    status: z.catch(z.optional(z.int()), undefined),
    detail: z.optional(text),
    instance: z.optional(text),
    errors: z.catch(z.optional(z.array(z.object({ field: text, message: text }))), undefined),
  })
  .check(
    z.refine((p) => p.title !== undefined || p.detail !== undefined, {
      error: 'problem details with a title or a detail',
    }),
  );
/** RFC 7807 problem details as far as the library reads them. */
export type ProblemDetails = z.output<typeof ProblemDetails>;
