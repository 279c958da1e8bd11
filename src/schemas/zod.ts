/**
 * The one place the library takes zod from: `zod/mini`, the functional API whose schemas carry
 * no methods, so the bundle holds only the parsers in use (about a fifth of classic zod). Zod compiles object parsers with `new Function`
 * when it may; merely probing for that is a CSP and Trusted Types violation on strict pages,
 * so the library tells zod never to ask.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
