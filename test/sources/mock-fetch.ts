/** An explicit fetch double for source tests: records each call and answers from a function. */

/** One recorded request. */
export interface FetchCall {
  url: string;
  init: RequestInit;
}

/** A fetch that records its calls and answers with `respond`. */
export function mockFetch(respond: (call: FetchCall) => Response | Promise<Response>) {
  const calls: FetchCall[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const call = { url: String(input), init: init ?? {} };
    calls.push(call);
    return respond(call);
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

/** A JSON response. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

/** An RFC 7807 problem response as philotes sends it. */
export function problem(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}): Response {
  return json(status, { status, ...body }, { 'content-type': 'application/problem+json', ...headers });
}

/** A fetch answer that never settles until the request's signal aborts, then rejects like fetch does. */
export function untilAborted(call: FetchCall): Promise<Response> {
  return new Promise((_, reject) => {
    const signal = call.init.signal!;
    if (signal.aborted) reject(signal.reason as unknown);
    signal.addEventListener('abort', () => reject(signal.reason as unknown));
  });
}

/** Headers of a recorded call as a plain object with lower-case names. */
export function headersOf(call: FetchCall | undefined): Record<string, string> {
  return Object.fromEntries(new Headers(call?.init.headers).entries());
}
