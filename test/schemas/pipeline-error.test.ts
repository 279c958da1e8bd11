import { expect } from '@open-wc/testing';
import { PipelineErrorPage, parseResource } from '../../src/schemas/index.js';
import { expectSchemaError } from './expect-schema-error.js';
import { MEGABYTE, edit, pipelineError } from './fixtures.js';

const parsePage = (body: unknown) => parseResource(PipelineErrorPage, body, 'error log');

describe('PipelineErrorPage schema', () => {
  it('accepts a page of errors with an optional table', () => {
    const page = parsePage({ errors: [pipelineError, edit(pipelineError, { id: 'err-2', table: undefined })], total_count: 40 });
    expect(page.total_count).to.equal(40);
    expect(page.errors[0]?.table).to.equal('public.orders');
    expect(page.errors[1]).not.to.have.property('table');
    expect(page.errors[0]?.timestamp.getTime()).to.equal(Date.UTC(2026, 0, 2, 12));
  });

  it('reads every contract type as itself and any other string as unknown', () => {
    const types = ['replication', 'schema', 'connection', 'write', 'unknown', 'disk-full'];
    const page = parsePage({ errors: types.map((type) => edit(pipelineError, { type })), total_count: 6 });
    expect(page.errors.map((e) => e.type)).to.deep.equal(['replication', 'schema', 'connection', 'write', 'unknown', 'unknown']);
  });

  it('keeps a hostile 1 MB message exactly as sent', () => {
    const message = `<script>alert(1)</script>${MEGABYTE}`;
    expect(parsePage({ errors: [edit(pipelineError, { message })], total_count: 1 }).errors[0]?.message).to.equal(message);
  });

  it('reads errors: null as an empty page', () => {
    expect(parsePage({ errors: null, total_count: 0 }).errors).to.deep.equal([]);
  });

  it('refuses a type that is not a string', () => {
    expectSchemaError(() => parsePage({ errors: [edit(pipelineError, { type: null })], total_count: 1 }), {
      resource: 'error log',
      field: 'errors.0.type',
      message:
        'Invalid error log: field "errors.0.type" expected one of "replication", "schema", "connection", "write", "unknown", got null',
    });
  });

  it('refuses an error without a message', () => {
    expectSchemaError(() => parsePage({ errors: [edit(pipelineError, { message: undefined })], total_count: 1 }), {
      resource: 'error log',
      field: 'errors.0.message',
      message: 'Invalid error log: field "errors.0.message" is missing (expected a string)',
    });
  });
});
