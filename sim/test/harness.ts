/**
 * Test harness: a simulator on an ephemeral 127.0.0.1 port with a hand-driven clock, plain fetch
 * helpers, a Prometheus text parser, and validation against the library's zod schemas.
 */
import assert from 'node:assert/strict';
import type { z } from '../../src/schemas/zod.js';
import { parseResource } from '../../src/schemas/index.js';
import { createSimulator, type Simulator } from '../server.js';

/** The instant the simulator starts at: a Thursday noon UTC. */
export const T0 = Date.UTC(2026, 0, 15, 12, 0, 0);

/** A finished HTTP exchange. */
export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: unknown;
}

/** A listening simulator and its clock. */
export interface Harness {
  sim: Simulator;
  url: string;
  /** The simulator clock (epoch ms); tests move it by assignment. */
  clock: { now: number };
  /** Every latency the simulator waited for, instead of waiting. */
  delays: number[];
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Answer>;
  get(path: string): Promise<Answer>;
  post(path: string): Promise<Answer>;
  /** Undoes start/stop and faults, and puts the clock back at T0. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/** Starts a simulator with `seed` whose clock reads `T0` until a test moves it. */
export async function startSimulator(seed = 7): Promise<Harness> {
  const clock = { now: T0 };
  const delays: number[] = [];
  const sim = createSimulator({
    seed,
    now: () => clock.now,
    delay: async (ms) => {
      delays.push(ms);
    },
  });
  const server = await sim.listen();
  const request = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> => {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json };
  };
  return {
    sim,
    url: server.url,
    clock,
    delays,
    request,
    get: (path) => request('GET', path),
    post: (path) => request('POST', path),
    reset: async () => {
      clock.now = T0;
      delays.length = 0;
      assert.equal((await request('POST', '/__sim/reset')).status, 204);
    },
    close: () => server.close(),
  };
}

/** Asserts that `answer` is a JSON 2xx body valid under `schema` (a schema from src/schemas). */
export function assertValid<T>(schema: z.core.$ZodType<T>, answer: Answer, resource: string): T {
  assert.ok(answer.status >= 200 && answer.status < 300, `expected 2xx, got ${answer.status}: ${answer.text.slice(0, 200)}`);
  assert.equal(answer.headers.get('content-type'), 'application/json');
  return parseResource(schema, answer.json, resource);
}

/** Asserts an RFC 7807 answer of `status` and problem `kind`; returns its body. */
export function assertProblem(answer: Answer, status: number, kind: string): Record<string, unknown> {
  assert.equal(answer.status, status, answer.text);
  assert.equal(answer.headers.get('content-type'), 'application/problem+json');
  const body = answer.json as Record<string, unknown>;
  assert.equal(body['type'], `https://philotes.io/errors/${kind}`);
  assert.equal(body['status'], status);
  assert.equal(typeof body['title'], 'string');
  return body;
}

/** A pipeline's id by name. */
export function idOf(h: Harness, name: string): string {
  const pipeline = h.sim.model.pipelines.find((p) => p.def.name === name);
  assert.ok(pipeline, `no pipeline named ${name}`);
  return pipeline.def.id;
}

/** One sample of a Prometheus text exposition. */
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** A parsed exposition: `# TYPE` declarations and samples. */
export interface Exposition {
  types: Map<string, string>;
  samples: Sample[];
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"(?:,|$)/gy;

/** Parses text format 0.0.4 strictly enough to fail on anything malformed. */
export function parsePrometheus(text: string): Exposition {
  const types = new Map<string, string>();
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('# HELP ')) continue;
    const type = /^# TYPE (\S+) (counter|gauge|histogram|summary|untyped)$/.exec(line);
    if (type) {
      types.set(type[1] ?? '', type[2] ?? '');
      continue;
    }
    const m = SAMPLE.exec(line);
    assert.ok(m, `not a sample line: ${line}`);
    const labels: Record<string, string> = {};
    const labelText = m[2] ?? '';
    LABEL.lastIndex = 0;
    while (LABEL.lastIndex < labelText.length) {
      const l = LABEL.exec(labelText);
      assert.ok(l, `bad labels: ${labelText}`);
      labels[l[1] ?? ''] = (l[2] ?? '').replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
    }
    const value = m[3] === '+Inf' ? Infinity : m[3] === '-Inf' ? -Infinity : Number(m[3]);
    assert.ok(!Number.isNaN(value) || m[3] === 'NaN', `bad value in: ${line}`);
    samples.push({ name: m[1] ?? '', labels, value });
  }
  return { types, samples };
}
