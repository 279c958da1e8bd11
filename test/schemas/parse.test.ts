import { expect } from '@open-wc/testing';
import { MonitorError } from '../../src/errors.js';
import { MetricsResponse, PipelineList, PipelineResponse, parseResource } from '../../src/schemas/index.js';
import { expectSchemaError } from './expect-schema-error.js';
import { MEGABYTE, edit, fullMetrics, minimalMetrics, minimalPipeline } from './fixtures.js';

const metrics = (changes: Record<string, unknown>) => ({ metrics: edit(minimalMetrics, changes) });

describe('parseResource', () => {
  it('returns the parsed body when it matches', () => {
    const body = parseResource(MetricsResponse, { metrics: minimalMetrics }, 'pipeline metrics');
    expect(body.metrics.events_per_second).to.equal(42.5);
  });

  it('names the resource, the dotted field path, what was expected and what came', () => {
    expectSchemaError(() => parseResource(MetricsResponse, metrics({ lag_seconds: 'abc' }), 'pipeline metrics'), {
      resource: 'pipeline metrics',
      field: 'metrics.lag_seconds',
      message: 'Invalid pipeline metrics: field "metrics.lag_seconds" expected a number, got string "abc"',
    });
  });

  it('puts list indices in the path', () => {
    const tables = [...fullMetrics.tables, ...fullMetrics.tables];
    tables[3] = { ...tables[3]!, lag_seconds: 'slow' as unknown as number };
    expectSchemaError(
      () => parseResource(MetricsResponse, { metrics: { ...fullMetrics, tables } }, 'pipeline metrics'),
      {
        resource: 'pipeline metrics',
        field: 'metrics.tables.3.lag_seconds',
        message: 'Invalid pipeline metrics: field "metrics.tables.3.lag_seconds" expected a number, got string "slow"',
      },
    );
  });

  it('says a required field is missing', () => {
    expectSchemaError(() => parseResource(PipelineResponse, { pipeline: edit(minimalPipeline, { name: undefined }) }, 'pipeline'), {
      resource: 'pipeline',
      field: 'pipeline.name',
      message: 'Invalid pipeline: field "pipeline.name" is missing (expected a string)',
    });
  });

  it('says so when the body itself is not an object', () => {
    expectSchemaError(() => parseResource(PipelineList, [minimalPipeline, minimalPipeline], 'pipeline list'), {
      resource: 'pipeline list',
      field: '',
      message: 'Invalid pipeline list: the response body expected an object, got a list of 2 items',
    });
  });

  it('says so when the resource key is absent', () => {
    expectSchemaError(() => parseResource(MetricsResponse, { data: minimalMetrics }, 'pipeline metrics'), {
      resource: 'pipeline metrics',
      field: 'metrics',
      message: 'Invalid pipeline metrics: field "metrics" is missing (expected an object)',
    });
  });

  it('describes null, booleans, numbers, lists and objects that came instead', () => {
    const cases: [unknown, string][] = [
      [null, 'null'],
      [true, 'boolean true'],
      [[1], 'a list of 1 item'],
      [{ value: 1 }, 'an object'],
    ];
    for (const [value, described] of cases) {
      expectSchemaError(() => parseResource(MetricsResponse, metrics({ pipeline_id: value }), 'pipeline metrics'), {
        resource: 'pipeline metrics',
        field: 'metrics.pipeline_id',
        message: `Invalid pipeline metrics: field "metrics.pipeline_id" expected a string, got ${described}`,
      });
    }
    expectSchemaError(() => parseResource(MetricsResponse, metrics({ buffer_depth: -1 }), 'pipeline metrics'), {
      resource: 'pipeline metrics',
      field: 'metrics.buffer_depth',
      message: 'Invalid pipeline metrics: field "metrics.buffer_depth" expected a non-negative integer, got number -1',
    });
  });

  it('cuts a 1 MB value to a short excerpt that states its length', () => {
    const error = expectSchemaError(
      () => parseResource(MetricsResponse, metrics({ lag_seconds: MEGABYTE }), 'pipeline metrics'),
      {
        resource: 'pipeline metrics',
        field: 'metrics.lag_seconds',
        message: `Invalid pipeline metrics: field "metrics.lag_seconds" expected a number, got string "${'x'.repeat(80)}… (1048576 chars)"`,
      },
    );
    expect(error.message.length).to.be.below(250);
  });

  it('escapes quotes and line breaks in the excerpt so the message stays one line', () => {
    expectSchemaError(() => parseResource(MetricsResponse, metrics({ lag_seconds: 'a"b\nc' }), 'pipeline metrics'), {
      resource: 'pipeline metrics',
      field: 'metrics.lag_seconds',
      message: 'Invalid pipeline metrics: field "metrics.lag_seconds" expected a number, got string "a\\"b\\nc"',
    });
  });

  it('reports the first problem and counts the others', () => {
    expectSchemaError(
      () => parseResource(MetricsResponse, metrics({ lag_seconds: 'NaN', buffer_depth: 'x' }), 'pipeline metrics'),
      {
        resource: 'pipeline metrics',
        field: 'metrics.lag_seconds',
        message:
          'Invalid pipeline metrics: field "metrics.lag_seconds" expected a number, got string "NaN" (and 1 more problem)',
      },
    );
    expectSchemaError(() => parseResource(MetricsResponse, { metrics: {} }, 'pipeline metrics'), {
      resource: 'pipeline metrics',
      field: 'metrics.pipeline_id',
      message: 'Invalid pipeline metrics: field "metrics.pipeline_id" is missing (expected a string) (and 9 more problems)',
    });
  });

  it('throws a MonitorError that is not worth retrying', () => {
    try {
      parseResource(MetricsResponse, null, 'pipeline metrics');
      expect.fail('null body was accepted');
    } catch (error) {
      expect(error).to.be.instanceOf(MonitorError);
      expect((error as MonitorError).retryable).to.equal(false);
    }
  });
});
