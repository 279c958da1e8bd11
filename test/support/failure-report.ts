/**
 * Loaded before every browser test file (web-test-runner.config.mjs). The test runner sends a
 * failed assertion's `actual` and `expected` to Node as JSON; an element or a store there is a
 * cyclic graph that does not serialise, and the whole file then times out with no message. A
 * root hook turns both into chai's text before the results are sent, so a failure reads as itself.
 */
import { chai } from '@open-wc/testing';

afterEach(function () {
  const error = this.currentTest?.err as { actual?: unknown; expected?: unknown } | undefined;
  if (error === undefined) return;
  for (const side of ['actual', 'expected'] as const) {
    const value = error[side];
    if (typeof value === 'object' && value !== null) error[side] = chai.util.inspect(value);
  }
});
