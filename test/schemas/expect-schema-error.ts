/** Assertion helper: a call fails validation with exactly this field and message. */
import { expect } from '@open-wc/testing';
import { MonitorError } from '../../src/errors.js';

/** Asserts `run` throws a `schema` MonitorError for `resource` with this `field` and `message`. */
export function expectSchemaError(
  run: () => unknown,
  expected: { resource: string; field: string; message: string },
): MonitorError {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught, 'expected a validation failure').to.be.instanceOf(MonitorError);
  const error = caught as MonitorError;
  expect({ kind: error.kind, resource: error.resource, field: error.field, message: error.message }).to.deep.equal({
    kind: 'schema',
    ...expected,
  });
  return error;
}
