/**
 * The simulator as `npm run sim` and `npm start` run it survives any request (attack.ts), and refuses a bad
 * command line with one line on stderr instead of a stack trace.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, it } from 'node:test';
import { describeAttacks, startProcess } from './attack.js';

describeAttacks(
  'the simulator process',
  () => startProcess(['sim/cli.ts', '--port', '0'], /listening on (http:\/\/127\.0\.0\.1:\d+)/),
  async (url) => {
    const response = await fetch(`${url}/api/v1/pipelines`);
    assert.equal(response.status, 200);
    await response.arrayBuffer();
  },
);

describeAttacks(
  'the demo dev server (npm start), which mounts the simulator',
  () => startProcess(['node_modules/vite/bin/vite.js', '--port', '0'], /Local:\s+(http:\/\/127\.0\.0\.1:\d+)/),
  async (url) => {
    const response = await fetch(`${url}/api/v1/pipelines`);
    assert.equal(response.status, 200);
    await response.arrayBuffer();
  },
);

/** Runs the simulator's command line and resolves with its exit code and stderr. */
async function cli(args: string[]): Promise<{ code: number; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'sim/cli.ts', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number];
  return { code, stderr };
}

describe('the simulator command line', () => {
  for (const args of [['--port', '99999'], ['--port', 'abc'], ['--port', '-1'], ['--seed', '1.5'], ['--colour']]) {
    it(`refuses ${args.join(' ')} in one line, without a stack trace`, async () => {
      const { code, stderr } = await cli(args);
      assert.equal(code, 2);
      assert.equal(stderr.trim().split('\n').length, 1, stderr);
      assert.match(stderr, /^simulator: /);
      assert.doesNotMatch(stderr, /\n\s+at /);
    });
  }
});
