import { expect } from '@open-wc/testing';
import { PipelineList, PipelineResponse, parseResource } from '../../src/schemas/index.js';
import { expectSchemaError } from './expect-schema-error.js';
import { MEGABYTE, edit, fullPipeline, minimalPipeline, tableMapping } from './fixtures.js';

const parsePipeline = (pipeline: unknown) => parseResource(PipelineResponse, { pipeline }, 'pipeline').pipeline;

describe('Pipeline schema', () => {
  it('accepts a pipeline with only the required fields, leaving the optional ones absent', () => {
    const pipeline = parsePipeline(minimalPipeline);
    expect(pipeline.name).to.equal('orders-to-lake');
    expect(pipeline.status).to.equal('running');
    expect(pipeline).not.to.have.property('tables');
    expect(pipeline).not.to.have.property('started_at');
  });

  it('turns timestamps into Dates, an offset one at the same instant as its UTC form', () => {
    const pipeline = parsePipeline(fullPipeline);
    expect(pipeline.created_at).to.be.instanceOf(Date);
    expect(pipeline.created_at.toISOString()).to.equal('2026-01-01T10:00:00.000Z');
    expect(pipeline.updated_at.toISOString()).to.equal('2026-01-02T10:30:00.123Z');
    expect(pipeline.stopped_at?.toISOString()).to.equal('2026-01-01T14:00:00.000Z');
    expect(pipeline.tables?.[0]?.created_at.getTime()).to.equal(Date.UTC(2026, 0, 1, 10));
  });

  it('keeps every optional field and drops fields the contract does not know', () => {
    const pipeline = parsePipeline(fullPipeline);
    expect(pipeline.tenant_id).to.equal('tenant-7');
    expect(pipeline.config).to.deep.equal({ batch_size: 1000, nested: { flush: '5s' } });
    expect(pipeline.error_message).to.equal('replication slot "philotes" is active');
    expect(pipeline.tables?.map((t) => t.enabled)).to.deep.equal([true, false]);
    expect(pipeline).not.to.have.property('owner');
  });

  it('reads a status it does not know as unknown instead of failing', () => {
    expect(parsePipeline(edit(minimalPipeline, { status: 'paused' })).status).to.equal('unknown');
    expect(parsePipeline(edit(minimalPipeline, { status: '' })).status).to.equal('unknown');
  });

  it('reads every contract status as itself', () => {
    for (const status of ['stopped', 'starting', 'running', 'stopping', 'error']) {
      expect(parsePipeline(edit(minimalPipeline, { status })).status).to.equal(status);
    }
  });

  it('keeps a 1 MB error message and markup in it as plain data', () => {
    const hostile = `<img src=x onerror=alert(1)>${MEGABYTE}`;
    expect(parsePipeline(edit(minimalPipeline, { error_message: hostile })).error_message).to.equal(hostile);
  });

  it('keeps a config with a __proto__ key as plain data without touching any prototype', () => {
    const config = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>;
    const pipeline = parsePipeline(edit(minimalPipeline, { config }));
    expect(Object.keys(pipeline.config ?? {})).to.deep.equal(['__proto__', 'a']);
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
  });

  it('refuses a status that is not a string', () => {
    expectSchemaError(() => parsePipeline(edit(minimalPipeline, { status: 3 })), {
      resource: 'pipeline',
      field: 'pipeline.status',
      message:
        'Invalid pipeline: field "pipeline.status" expected one of "stopped", "starting", "running", "stopping", "error", got number 3',
    });
  });

  it('refuses a timestamp that is not RFC 3339', () => {
    expectSchemaError(() => parsePipeline(edit(minimalPipeline, { created_at: '01/02/2026 10:00' })), {
      resource: 'pipeline',
      field: 'pipeline.created_at',
      message:
        'Invalid pipeline: field "pipeline.created_at" expected an RFC 3339 timestamp such as "2026-01-01T10:00:00Z", got string "01/02/2026 10:00"',
    });
  });

  it('refuses a timestamp without a zone, since its instant is unknowable', () => {
    expectSchemaError(() => parsePipeline(edit(minimalPipeline, { started_at: '2026-01-01T10:00:00' })), {
      resource: 'pipeline',
      field: 'pipeline.started_at',
      message:
        'Invalid pipeline: field "pipeline.started_at" expected an RFC 3339 timestamp such as "2026-01-01T10:00:00Z", got string "2026-01-01T10:00:00"',
    });
  });

  it('refuses an epoch number where a timestamp belongs', () => {
    expectSchemaError(() => parsePipeline(edit(minimalPipeline, { updated_at: 1767261600 })), {
      resource: 'pipeline',
      field: 'pipeline.updated_at',
      message:
        'Invalid pipeline: field "pipeline.updated_at" expected an RFC 3339 timestamp such as "2026-01-01T10:00:00Z", got number 1767261600',
    });
  });

  it('refuses "true" as a string for a table\'s enabled flag', () => {
    const tables = [tableMapping, { ...tableMapping, enabled: 'true' }];
    expectSchemaError(() => parsePipeline(edit(minimalPipeline, { tables })), {
      resource: 'pipeline',
      field: 'pipeline.tables.1.enabled',
      message: 'Invalid pipeline: field "pipeline.tables.1.enabled" expected true or false, got string "true"',
    });
  });

  it('refuses a config that is a list', () => {
    expectSchemaError(() => parsePipeline(edit(minimalPipeline, { config: [] })), {
      resource: 'pipeline',
      field: 'pipeline.config',
      message: 'Invalid pipeline: field "pipeline.config" expected an object, got a list of 0 items',
    });
  });

  it('refuses null for a required id', () => {
    expectSchemaError(() => parsePipeline(edit(minimalPipeline, { id: null })), {
      resource: 'pipeline',
      field: 'pipeline.id',
      message: 'Invalid pipeline: field "pipeline.id" expected a string, got null',
    });
  });
});

describe('PipelineList schema', () => {
  it('accepts a list of pipelines with its total count', () => {
    const list = parseResource(PipelineList, { pipelines: [minimalPipeline, fullPipeline], total_count: 2 }, 'pipeline list');
    expect(list.pipelines.map((p) => p.name)).to.deep.equal(['orders-to-lake', 'orders-to-lake']);
    expect(list.total_count).to.equal(2);
  });

  it('reads the null Go sends for an empty list as no pipelines', () => {
    expect(parseResource(PipelineList, { pipelines: null, total_count: 0 }, 'pipeline list').pipelines).to.deep.equal([]);
  });

  it('points at the offending pipeline by index', () => {
    const pipelines = [minimalPipeline, edit(minimalPipeline, { name: 7 })];
    expectSchemaError(() => parseResource(PipelineList, { pipelines, total_count: 2 }, 'pipeline list'), {
      resource: 'pipeline list',
      field: 'pipelines.1.name',
      message: 'Invalid pipeline list: field "pipelines.1.name" expected a string, got number 7',
    });
  });

  it('refuses a fractional or string total count', () => {
    expectSchemaError(() => parseResource(PipelineList, { pipelines: [], total_count: 1.5 }, 'pipeline list'), {
      resource: 'pipeline list',
      field: 'total_count',
      message: 'Invalid pipeline list: field "total_count" expected a non-negative integer, got number 1.5',
    });
    expectSchemaError(() => parseResource(PipelineList, { pipelines: [], total_count: '2' }, 'pipeline list'), {
      resource: 'pipeline list',
      field: 'total_count',
      message: 'Invalid pipeline list: field "total_count" expected a non-negative integer, got string "2"',
    });
  });

  it('refuses pipelines that are not a list', () => {
    expectSchemaError(() => parseResource(PipelineList, { pipelines: {}, total_count: 0 }, 'pipeline list'), {
      resource: 'pipeline list',
      field: 'pipelines',
      message: 'Invalid pipeline list: field "pipelines" expected a list, got an object',
    });
  });
});
