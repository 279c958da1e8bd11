import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { MonitorError } from '../../src/errors.js';
import { RestSource } from '../../src/sources/rest-source.js';
import { MEGABYTE, PIPELINE_ID, minimalMetrics } from '../schemas/fixtures.js';
import { json, mockFetch, problem, untilAborted, type FetchCall } from './mock-fetch.js';

const API = 'https://cdc.example.com/api/v1';

function rest(respond: (call: FetchCall) => Response | Promise<Response>) {
  return new RestSource({ endpoint: API, fetch: mockFetch(respond).fetch });
}

/** The MonitorError a call rejected with (fails the test if it resolved or threw something else). */
async function failure(promise: Promise<unknown>): Promise<MonitorError> {
  const outcome = await promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  expect(outcome, 'expected the call to fail').to.have.property('error');
  const { error } = outcome as { error: unknown };
  expect(error).to.be.instanceOf(MonitorError);
  return error as MonitorError;
}

const metrics = (source: RestSource, signal = new AbortController().signal) => source.getMetrics(PIPELINE_ID, { signal });

const BAD_GATEWAY_PAGE = `<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>
<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx/1.25.3</center></body></html>`;

describe('RestSource failures', () => {
  it('reports an unreachable server as a network error naming the origin and the resource', async () => {
    const error = await failure(metrics(rest(() => Promise.reject(new TypeError('Failed to fetch')))));
    expect(error.kind).to.equal('network');
    expect(error.resource).to.equal('pipeline metrics');
    expect(error.message).to.equal(
      'Cannot reach https://cdc.example.com (pipeline metrics): Failed to fetch. Check the endpoint URL, that the ' +
        'server is up, and that it accepts requests from this page (CORS).',
    );
    expect(error.retryable).to.equal(true);
  });

  it('reports a connection that drops mid-body as a network error', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(stream) {
        stream.enqueue(new TextEncoder().encode('{"metrics":'));
        stream.error(new TypeError('network error'));
      },
    });
    const error = await failure(metrics(rest(() => new Response(body, { status: 200 }))));
    expect(error.kind).to.equal('network');
    // The text after the colon is the browser's own (Chromium says "Failed to fetch").
    expect(error.message).to.match(
      /^The connection to https:\/\/cdc\.example\.com dropped while reading the pipeline metrics response: .+\.$/,
    );
  });

  it('reports a proxy HTML 502 page as not JSON, with the status and without the HTML', async () => {
    const page = new Response(BAD_GATEWAY_PAGE, { status: 502, statusText: 'Bad Gateway', headers: { 'content-type': 'text/html' } });
    const error = await failure(metrics(rest(() => page)));
    expect(error.kind).to.equal('not-json');
    expect(error.status).to.equal(502);
    expect(error.message).to.equal(
      'The pipeline metrics request got an HTML page instead of JSON (502 Bad Gateway). It looks like a proxy, ' +
        'login or server error page: check that the endpoint points at the pipeline API.',
    );
    expect(error.message).not.to.contain('nginx');
  });

  it('recognises HTML without a content type and names the status when the status text is empty (HTTP/2)', async () => {
    const error = await failure(metrics(rest(() => new Response(BAD_GATEWAY_PAGE, { status: 504 }))));
    expect(error.kind).to.equal('not-json');
    expect(error.message).to.contain('(504 Gateway Timeout)');
  });

  it('reports a 200 HTML page (a single-page app fallback) as not JSON', async () => {
    const page = new Response('<!doctype html><div id="app"></div>', { status: 200, headers: { 'content-type': 'text/html' } });
    const error = await failure(metrics(rest(() => page)));
    expect(error.kind).to.equal('not-json');
    expect(error.message).to.contain('got an HTML page instead of JSON (200 OK)');
  });

  it('quotes a short excerpt of a plain-text answer', async () => {
    const text = new Response('upstream connect error or disconnect/reset before headers.\nreset reason: overflow', {
      status: 503,
      headers: { 'content-type': 'text/plain' },
    });
    const error = await failure(metrics(rest(() => text)));
    expect(error.kind).to.equal('not-json');
    expect(error.status).to.equal(503);
    expect(error.message).to.equal(
      'The pipeline metrics request got plain text instead of JSON (503 Service Unavailable): ' +
        '"upstream connect error or disconnect/reset before headers. reset reason: overflow"',
    );
  });

  it('surfaces the detail of a 409 problem when starting a running pipeline', async () => {
    const source = rest(() =>
      problem(409, { type: 'https://philotes.io/errors/conflict', title: 'Conflict', detail: 'pipeline is already running' }),
    );
    const error = await failure(source.startPipeline(PIPELINE_ID, { signal: new AbortController().signal }));
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(409);
    expect(error.resource).to.equal('start pipeline');
    expect(error.problem?.detail).to.equal('pipeline is already running');
    expect(error.message).to.equal('The start pipeline request failed with 409 Conflict: pipeline is already running');
    expect(error.retryable).to.equal(false);
  });

  it('lists field errors of a 400 validation problem', async () => {
    const source = rest(() =>
      problem(400, {
        type: 'https://philotes.io/errors/validation-error',
        title: 'Validation Error',
        detail: 'The request contains invalid fields',
        errors: [{ field: 'range', message: 'invalid time range: 5x' }],
      }),
    );
    const error = await failure(source.getHistory(PIPELINE_ID, { range: '5x' }, { signal: new AbortController().signal }));
    expect(error.kind).to.equal('http');
    expect(error.problem?.errors).to.deep.equal([{ field: 'range', message: 'invalid time range: 5x' }]);
    expect(error.message).to.equal(
      'The metrics history request failed with 400 Validation Error: The request contains invalid fields (range: invalid time range: 5x)',
    );
  });

  it('reads problem details sent as plain application/json', async () => {
    const error = await failure(metrics(rest(() => json(404, { title: 'Not Found', status: 404, detail: 'pipeline not found' }))));
    expect(error.problem?.title).to.equal('Not Found');
    expect(error.message).to.equal('The pipeline metrics request failed with 404 Not Found: pipeline not found');
  });

  it('gives a status message and a hint when the error body is not problem details', async () => {
    const error = await failure(metrics(rest(() => json(404, { error: 'no route' }))));
    expect(error.kind).to.equal('http');
    expect(error.problem).to.equal(undefined);
    expect(error.message).to.equal(
      'The pipeline metrics request failed with 404 Not Found. Check the endpoint URL and the pipeline id.',
    );
  });

  it('says access was refused on an empty 401, and how to give the elements credentials', async () => {
    const error = await failure(metrics(rest(() => new Response(null, { status: 401 }))));
    expect(error.kind).to.equal('http');
    expect(error.message).to.match(/^The pipeline metrics request failed with 401 Unauthorized\. Access was refused: sign in again, or set credentials/);
    expect(error.message).to.contain('configureEndpoint()');
    expect(error.retryable).to.equal(false);
  });

  it('says access was refused on a 403 with problem details, after the server’s detail', async () => {
    const error = await failure(metrics(rest(() => problem(403, { title: 'Forbidden', detail: 'role viewer lacks metrics:read' }))));
    expect(error.message).to.match(/^The pipeline metrics request failed with 403 Forbidden: role viewer lacks metrics:read\. Access was refused/);
    expect(error.message).to.contain('configureEndpoint');
    expect(error.retryable).to.equal(false);
  });

  it('keeps a 1 MB problem detail out of the message', async () => {
    const error = await failure(metrics(rest(() => problem(500, { title: 'Internal Server Error', detail: MEGABYTE }))));
    expect(error.message.length).to.be.below(300);
    expect(error.message).to.contain('(1048576 chars)');
  });

  it('turns Retry-After seconds on a 429 into retryAfterMs', async () => {
    const error = await failure(
      metrics(rest(() => problem(429, { title: 'Too Many Requests', detail: 'Rate limit exceeded.' }, { 'Retry-After': '7' }))),
    );
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(429);
    expect(error.retryAfterMs).to.equal(7000);
    expect(error.retryable).to.equal(true);
  });

  it('turns a Retry-After HTTP-date into the wait from now', async () => {
    const clock = sinon.useFakeTimers({ now: Date.UTC(2026, 0, 1, 10), toFake: ['Date'] });
    try {
      const page = new Response('<html>maintenance</html>', {
        status: 503,
        headers: { 'content-type': 'text/html', 'Retry-After': 'Thu, 01 Jan 2026 10:00:30 GMT' },
      });
      const error = await failure(metrics(rest(() => page)));
      expect(error.kind).to.equal('not-json');
      expect(error.retryAfterMs).to.equal(30_000);
    } finally {
      clock.restore();
    }
  });

  it('ignores an unreadable Retry-After', async () => {
    const error = await failure(metrics(rest(() => problem(503, { title: 'Unavailable' }, { 'Retry-After': 'soon' }))));
    expect(error.retryAfterMs).to.equal(undefined);
  });

  it('reports a JSON body that does not parse as invalid JSON', async () => {
    const broken = new Response('{"metrics": {"lag_seconds": 1,', { status: 200, headers: { 'content-type': 'application/json' } });
    const error = await failure(metrics(rest(() => broken)));
    expect(error.kind).to.equal('invalid-json');
    expect(error.message).to.match(/^The pipeline metrics response is not valid JSON \(200 OK\): /);
  });

  it('reports an empty 200 body as not JSON', async () => {
    const error = await failure(metrics(rest(() => new Response('', { status: 200 }))));
    expect(error.kind).to.equal('not-json');
    expect(error.message).to.equal('The pipeline metrics response was empty (200 OK); expected JSON.');
  });

  it('reports a body that breaks the contract with the offending field', async () => {
    const error = await failure(metrics(rest(() => json(200, { metrics: { ...minimalMetrics, lag_seconds: 'abc' } }))));
    expect(error.kind).to.equal('schema');
    expect(error.field).to.equal('metrics.lag_seconds');
    expect(error.message).to.equal('Invalid pipeline metrics: field "metrics.lag_seconds" expected a number, got string "abc"');
  });

  describe('aborts', () => {
    const timeout = () => new MonitorError({ kind: 'timeout', resource: 'pipeline metrics', message: 'No answer within 10 s.' });

    /** A fetch that hangs until aborted, and a promise of the moment it was called. */
    function hanging() {
      let called!: () => void;
      const fetchCalled = new Promise<void>((resolve) => (called = resolve));
      const respond = (call: FetchCall) => {
        called();
        return untilAborted(call);
      };
      return { respond, fetchCalled };
    }

    it('rejects with the MonitorError the caller aborted with while waiting for the server', async () => {
      const controller = new AbortController();
      const { respond, fetchCalled } = hanging();
      const pending = metrics(rest(respond), controller.signal);
      await fetchCalled;
      const reason = timeout();
      controller.abort(reason);
      expect(await failure(pending)).to.equal(reason);
    });

    it('rejects with an aborted MonitorError when the reason is not one', async () => {
      const controller = new AbortController();
      const { respond, fetchCalled } = hanging();
      const pending = metrics(rest(respond), controller.signal);
      await fetchCalled;
      controller.abort();
      const error = await failure(pending);
      expect(error.kind).to.equal('aborted');
      expect(error.resource).to.equal('pipeline metrics');
      expect(error.message).to.equal('The pipeline metrics request was cancelled.');
    });

    it('rejects with the reason when the signal was aborted before the request started', async () => {
      const reason = timeout();
      expect(await failure(metrics(rest(untilAborted), AbortSignal.abort(reason)))).to.equal(reason);
    });

    it('rejects with the reason when the abort comes while the body streams in', async () => {
      const controller = new AbortController();
      const body = new ReadableStream<Uint8Array>({
        start(stream) {
          stream.enqueue(new TextEncoder().encode('{"metrics":'));
          controller.signal.addEventListener('abort', () => stream.error(new DOMException('aborted', 'AbortError')));
        },
      });
      let answered!: () => void;
      const headersIn = new Promise<void>((resolve) => (answered = resolve));
      const pending = metrics(
        rest(() => {
          answered();
          return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
        }),
        controller.signal,
      );
      await headersIn;
      const reason = timeout();
      controller.abort(reason);
      expect(await failure(pending)).to.equal(reason);
    });

    it('discards an answer that arrives after the abort from a fetch that ignores the signal', async () => {
      const controller = new AbortController();
      const reason = timeout();
      const late = rest(() => {
        controller.abort(reason);
        return json(200, { metrics: minimalMetrics });
      });
      expect(await failure(metrics(late, controller.signal))).to.equal(reason);
    });
  });
});
