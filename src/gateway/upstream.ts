/**
 * The gateway's only way to Prometheus: a `fetch` that sends at most `concurrency` queries at
 * once, queues at most `queue` more and refuses the rest at once (the caller answers 503 with
 * Retry-After instead of piling up), and reads at most `maxAnswerBytes` of any answer, so one
 * huge answer can neither outlive the timeout nor exhaust the process' memory.
 */

/** Thrown (as a fetch rejection) when the queue toward Prometheus is full. */
export class UpstreamOverloaded extends Error {
  constructor(readonly queued: number) {
    super(`the gateway already has ${queued} Prometheus queries waiting; try again shortly`);
    this.name = 'UpstreamOverloaded';
  }
}

/** The error a too large answer's body fails with. */
export class AnswerTooLarge extends Error {
  constructor(readonly limitBytes: number) {
    super(`the answer is larger than the gateway's limit of ${formatBytes(limitBytes)}`);
    this.name = 'AnswerTooLarge';
  }
}

/** `16 MB`, `512 kB`: a limit as people read it. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e6) return `${Math.round(bytes / 1e5) / 10} MB`;
  return bytes >= 1e3 ? `${Math.round(bytes / 100) / 10} kB` : `${bytes} B`;
}

/** How much the gateway may ask of Prometheus at once. */
export interface UpstreamLimits {
  /** Queries sent at the same time. */
  concurrency: number;
  /** Queries waiting for a slot; one more is refused with {@link UpstreamOverloaded}. */
  queue: number;
  /** Bytes of one answer; more fails the body with {@link AnswerTooLarge}. */
  maxAnswerBytes: number;
}

/** A bounded fetch and what it is doing. */
export interface Upstream {
  fetch: typeof fetch;
  /** Queries sent so far (for tests and the benchmark). */
  readonly sent: number;
  /** Queries sent and not yet read to the end. */
  readonly active: number;
  /** Queries waiting for a slot. */
  readonly queued: number;
}

const NO_BODY = new Set([101, 204, 205, 304]);

/** Wraps `base` (default the global fetch at call time) in the limits. */
export function createUpstream(limits: UpstreamLimits, base?: typeof fetch): Upstream {
  let active = 0;
  let sent = 0;
  const waiting: (() => void)[] = [];

  function acquire(signal: AbortSignal | null | undefined): Promise<void> {
    if (active < limits.concurrency) {
      active++;
      return Promise.resolve();
    }
    if (waiting.length >= limits.queue) return Promise.reject(new UpstreamOverloaded(waiting.length));
    return new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        const at = waiting.indexOf(granted);
        if (at >= 0) waiting.splice(at, 1);
        reject(signal?.reason);
      };
      // The slot passes straight from release() to the next in line: `active` does not change.
      const granted = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      if (signal?.aborted === true) return reject(signal.reason);
      signal?.addEventListener('abort', onAbort, { once: true });
      waiting.push(granted);
    });
  }

  function release(): void {
    const next = waiting.shift();
    if (next === undefined) active--;
    else next();
  }

  /** The answer with its body counted as it is read; the slot is held until the body ends. */
  function bounded(response: Response): Response {
    const source = response.body;
    if (source === null || NO_BODY.has(response.status)) {
      void source?.cancel();
      release();
      return response;
    }
    const reader = source.getReader();
    let size = 0;
    let finished = false;
    const finish = () => {
      if (!finished) {
        finished = true;
        release();
      }
    };
    const refuse = (controller: ReadableStreamDefaultController<Uint8Array>) => {
      finish();
      void reader.cancel().catch(() => undefined);
      controller.error(new AnswerTooLarge(limits.maxAnswerBytes));
    };
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        if (declared > limits.maxAnswerBytes) refuse(controller);
      },
      async pull(controller) {
        try {
          const { value, done } = await reader.read();
          if (done) {
            finish();
            controller.close();
            return;
          }
          size += value.byteLength;
          if (size > limits.maxAnswerBytes) refuse(controller);
          else controller.enqueue(value);
        } catch (error) {
          finish();
          controller.error(error);
        }
      },
      cancel(reason) {
        finish();
        return reader.cancel(reason);
      },
    });
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  }

  const bounding = (async (input: RequestInfo | URL, init?: RequestInit) => {
    await acquire(init?.signal);
    sent++;
    let response: Response;
    try {
      response = await (base ?? globalThis.fetch)(input, init);
    } catch (error) {
      release();
      throw error;
    }
    return bounded(response);
  }) as typeof fetch;

  return {
    fetch: bounding,
    get sent() {
      return sent;
    },
    get active() {
      return active;
    },
    get queued() {
      return waiting.length;
    },
  };
}
