/**
 * Hostile clients for our servers (simulator, gateway): raw request targets no URL parser
 * accepts, huge and trickled headers, garbage bytes and a flood, sent over plain sockets to a
 * server running in its own process, which must still answer afterwards.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { connect, type Socket } from 'node:net';
import { stripVTControlCharacters } from 'node:util';
import { after, before, describe, it } from 'node:test';

/** Request targets that once made `new URL()` throw outside any handler and killed the process. */
export const BAD_TARGETS = ['//[', 'http://[', '//a:99999/', '//[::1', 'http://a:b@[/x', '//%00[', '/api/v1/pipelines/%E0%A4%A'];

/** A server under attack, in its own process. */
export interface Target {
  child: ChildProcess;
  /** `http://127.0.0.1:<port>` */
  url: string;
}

/** How long a server may take to say where it listens before {@link startProcess} gives up. */
const START_TIMEOUT_MS = 60_000;

/**
 * Starts `node --import tsx <args>` and resolves with the URL matched by `pattern` in its stdout,
 * read without colours: tools such as Vite colour their output when `CI` is set, which splits
 * "Local: http://…" with escape codes. A server that never says where it listens fails the start
 * with what it printed, instead of hanging the test file.
 */
export async function startProcess(args: string[], pattern: RegExp): Promise<Target> {
  const { FORCE_COLOR: _, ...env } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...env, NO_COLOR: '1' } });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let timer: NodeJS.Timeout | undefined;
  const url = new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = pattern.exec(stripVTControlCharacters(output))?.[1];
      if (found !== undefined) resolve(found);
    });
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}:\n${output}`)));
    timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${args.join(' ')} did not print ${pattern} within ${START_TIMEOUT_MS / 1000} s:\n${output}`));
    }, START_TIMEOUT_MS);
  });
  try {
    return { child, url: await url };
  } finally {
    clearTimeout(timer);
  }
}

/** Stops a process started by {@link startProcess}. */
export async function stopProcess(target: Target | undefined): Promise<void> {
  if (target === undefined || target.child.exitCode !== null) return;
  const exited = once(target.child, 'exit');
  target.child.kill('SIGTERM');
  await exited;
}

function portOf(url: string): number {
  return Number(new URL(url).port);
}

/** Opens a socket to the server. */
async function open(url: string): Promise<Socket> {
  const socket = connect(portOf(url), '127.0.0.1');
  await once(socket, 'connect');
  return socket;
}

/** Sends `bytes` as they are and resolves with everything the server sends back before closing. */
export async function rawExchange(url: string, bytes: string | Buffer): Promise<string> {
  const socket = await open(url);
  let answer = '';
  socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
  // The server may reset the connection after answering an invalid request; what it sent still counts.
  socket.on('error', () => undefined);
  socket.end(bytes);
  // Not events.once: it rejects on the 'error' a reset emits before 'close'.
  await new Promise((resolve) => socket.on('close', resolve));
  return answer;
}

/** `GET <target>` over a raw socket, the target byte for byte, as curl --path-as-is sends it. */
export function rawGet(url: string, target: string): Promise<string> {
  return rawExchange(url, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
}

function statusOf(answer: string): number {
  return Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);
}

/**
 * The attack suite against the server `start` launches: after each attack the process is still
 * running and `alive(url)` still holds (the server answers a well-formed request).
 */
export function describeAttacks(name: string, start: () => Promise<Target>, alive: (url: string) => Promise<void>): void {
  describe(`${name} survives hostile requests`, () => {
    let target: Target;
    before(async () => {
      target = await start();
    });
    after(async () => {
      await stopProcess(target);
    });
    const stillAnswers = async () => {
      assert.equal(target.child.exitCode, null, 'the process is still running');
      await alive(target.url);
    };

    it('answers an unparseable request target with a 400 problem and keeps serving', async () => {
      for (const bad of BAD_TARGETS) {
        const answer = await rawGet(target.url, bad);
        const status = statusOf(answer);
        assert.ok(status === 400 || status === 404, `${bad}: ${answer.slice(0, 200)}`);
        if (status === 400) assert.match(answer, /application\/problem\+json|Bad Request/i, bad);
        await stillAnswers();
      }
    });

    it('refuses a huge header (431) and keeps serving', async () => {
      const answer = await rawExchange(target.url, `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(200_000)}\r\n\r\n`);
      // The server answers 431 and closes with the rest unread; the reset may beat the answer to the client.
      assert.ok(answer === '' || statusOf(answer) === 431, answer.slice(0, 200));
      await stillAnswers();
    });

    it('keeps serving others while a client trickles its headers', async () => {
      const slow = await Promise.all(Array.from({ length: 20 }, () => open(target.url)));
      for (const socket of slow) {
        socket.on('error', () => undefined);
        socket.write('GET /api/v1/pipelines HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
      }
      try {
        await stillAnswers();
        for (const socket of slow) socket.write('a');
        await stillAnswers();
      } finally {
        for (const socket of slow) socket.destroy();
      }
    });

    it('answers garbage that is not HTTP with 400 and keeps serving', async () => {
      const answer = await rawExchange(target.url, Buffer.from([0x16, 0x03, 0x01, 0x00, 0xff, 0x00, 0x0d, 0x0a, 0x0d, 0x0a]));
      assert.ok(answer === '' || statusOf(answer) === 400, answer.slice(0, 200));
      await stillAnswers();
    });

    it('survives a flood of malformed and well-formed requests at once', async () => {
      const flood = Array.from({ length: 400 }, (_, i) =>
        rawGet(target.url, BAD_TARGETS[i % BAD_TARGETS.length]!).then(statusOf),
      );
      const statuses = await Promise.all(flood);
      assert.ok(
        statuses.every((status) => status === 400 || status === 404),
        `unexpected statuses: ${[...new Set(statuses)].join(', ')}`,
      );
      await stillAnswers();
    });
  });
}
