import { expect } from '@open-wc/testing';
import { MessageResponse, ProblemDetails, parseResource } from '../../src/schemas/index.js';
import { expectSchemaError } from './expect-schema-error.js';

describe('ProblemDetails schema', () => {
  it('reads a philotes validation problem with its field errors', () => {
    const problem = ProblemDetails.parse({
      type: 'https://philotes.io/errors/validation-error',
      title: 'Validation Error',
      status: 400,
      detail: 'The request contains invalid fields',
      instance: '/api/v1/pipelines/x/metrics/history',
      errors: [{ field: 'range', message: 'invalid time range: 5x' }],
      trace_id: 'abc',
    });
    expect(problem).to.deep.equal({
      type: 'https://philotes.io/errors/validation-error',
      title: 'Validation Error',
      status: 400,
      detail: 'The request contains invalid fields',
      instance: '/api/v1/pipelines/x/metrics/history',
      errors: [{ field: 'range', message: 'invalid time range: 5x' }],
    });
  });

  it('keeps the title and detail when status or errors are malformed', () => {
    const problem = ProblemDetails.parse({ title: 'Conflict', status: '409', detail: 'pipeline is already running', errors: 'x' });
    expect(problem.title).to.equal('Conflict');
    expect(problem.detail).to.equal('pipeline is already running');
    expect(problem.status).to.equal(undefined);
    expect(problem.errors).to.equal(undefined);
  });

  it('does not take arbitrary JSON for a problem', () => {
    expect(ProblemDetails.safeParse({ error: 'boom' }).success).to.equal(false);
    expect(ProblemDetails.safeParse('Conflict').success).to.equal(false);
  });
});

describe('MessageResponse schema', () => {
  it('reads the confirmation of a start or stop', () => {
    expect(parseResource(MessageResponse, { message: 'pipeline started' }, 'start pipeline').message).to.equal('pipeline started');
  });

  it('refuses a confirmation without a message', () => {
    expectSchemaError(() => parseResource(MessageResponse, { ok: true }, 'stop pipeline'), {
      resource: 'stop pipeline',
      field: 'message',
      message: 'Invalid stop pipeline: field "message" is missing (expected a string)',
    });
  });
});
