/**
 * The simulator's REST routes answered inside the browser, as a `fetch`: stories (and a static
 * demo) get the same seeded, live fleet as `npm start` without any server.
 */
import { notARoute, resolveRoute, runRoute } from '../../sim/api.js';
import { SimModel } from '../../sim/model.js';

/** A `fetch` serving `/api/v1/...` from `model` at the instant `now()`; anything else is a 404. */
export function simFetch(model: SimModel, now: () => number = Date.now): typeof fetch {
  return async (input, init) => {
    const request = input instanceof Request ? input : new Request(new URL(String(input), location.href), init);
    const url = new URL(request.url);
    const path = url.pathname.replace(/(.)\/$/, '$1');
    const resolution = resolveRoute(request.method, path);
    if (resolution === undefined) return new Response('Not Found', { status: 404 });
    const answer =
      resolution.kind === 'route'
        ? runRoute(resolution.name, resolution.id, { model, now: now(), url, path, body: await request.text() })
        : notARoute(resolution, request.method, path);
    return new Response(answer.body, { status: answer.status, headers: answer.headers });
  };
}
