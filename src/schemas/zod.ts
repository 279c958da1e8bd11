/**
 * The one place the library takes zod from. Zod compiles object parsers with `new Function`
 * when it may; merely probing for that is a CSP and Trusted Types violation on strict pages,
 * so the library tells zod never to ask.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
