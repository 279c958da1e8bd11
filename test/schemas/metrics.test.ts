import { expect } from '@open-wc/testing';
import { MetricsResponse, parseResource } from '../../src/schemas/index.js';
import { expectSchemaError } from './expect-schema-error.js';
import { edit, fullMetrics, minimalMetrics } from './fixtures.js';

const parseMetrics = (metrics: unknown) => parseResource(MetricsResponse, { metrics }, 'pipeline metrics').metrics;
const expectMetricsError = (changes: Record<string, unknown>, field: string, expected: string, got: string) =>
  expectSchemaError(() => parseMetrics(edit(minimalMetrics, changes)), {
    resource: 'pipeline metrics',
    field,
    message: `Invalid pipeline metrics: field "${field}" expected ${expected}, got ${got}`,
  });

describe('PipelineMetrics schema', () => {
  it('accepts upstream metrics without the optional fields', () => {
    const metrics = parseMetrics(minimalMetrics);
    expect(metrics.events_processed).to.equal(1_234_567);
    expect(metrics.lag_p95_seconds).to.equal(0);
    expect(metrics).not.to.have.property('tables');
    expect(metrics).not.to.have.property('last_event_at');
    expect(metrics).not.to.have.property('uptime');
  });

  it('accepts per-table metrics, keeps the uptime text and drops unknown fields', () => {
    const metrics = parseMetrics(fullMetrics);
    expect(metrics.uptime).to.equal('2h30m15s');
    expect(metrics.last_event_at?.toISOString()).to.equal('2026-01-02T11:59:59.500Z');
    expect(metrics.tables?.map((t) => `${t.schema}.${t.table}`)).to.deep.equal(['public.orders', 'public.customers']);
    expect(metrics.tables?.[1]).not.to.have.property('last_event_at');
    expect(metrics).not.to.have.property('worker');
  });

  it("reads the gateway's partial mark, and anything but a boolean as no mark", () => {
    expect(parseMetrics(edit(minimalMetrics, { partial: true })).partial).to.equal(true);
    expect(parseMetrics(edit(minimalMetrics, { partial: 'yes' })).partial).to.equal(undefined);
    expect(parseMetrics(minimalMetrics)).not.to.have.property('partial');
  });

  it('reads an unknown status as unknown', () => {
    expect(parseMetrics(edit(minimalMetrics, { status: 'degraded' })).status).to.equal('unknown');
  });

  it('accepts large byte counts', () => {
    expect(parseMetrics(edit(minimalMetrics, { iceberg_bytes_written: 2 ** 50 })).iceberg_bytes_written).to.equal(2 ** 50);
  });

  it('refuses NaN-like strings where numbers belong', () => {
    expectMetricsError({ lag_seconds: 'NaN' }, 'metrics.lag_seconds', 'a number', 'string "NaN"');
    expectMetricsError({ events_per_second: '+Inf' }, 'metrics.events_per_second', 'a number', 'string "+Inf"');
    expectMetricsError({ events_processed: '12' }, 'metrics.events_processed', 'a non-negative integer', 'string "12"');
  });

  it('refuses null where a number belongs', () => {
    expectMetricsError({ lag_p95_seconds: null }, 'metrics.lag_p95_seconds', 'a number', 'null');
    expectMetricsError({ error_count: null }, 'metrics.error_count', 'a non-negative integer', 'null');
  });

  it('refuses counters that are negative or fractional', () => {
    expectMetricsError({ iceberg_commits: -3 }, 'metrics.iceberg_commits', 'a non-negative integer', 'number -3');
    expectMetricsError({ buffer_depth: 0.5 }, 'metrics.buffer_depth', 'a non-negative integer', 'number 0.5');
  });

  it('refuses a missing counter', () => {
    expectSchemaError(() => parseMetrics(edit(minimalMetrics, { iceberg_bytes_written: undefined })), {
      resource: 'pipeline metrics',
      field: 'metrics.iceberg_bytes_written',
      message: 'Invalid pipeline metrics: field "metrics.iceberg_bytes_written" is missing (expected a non-negative integer)',
    });
  });

  it('refuses a table without a name', () => {
    const tables = [{ schema: 'public', events_processed: 1, lag_seconds: 0 }];
    expectSchemaError(() => parseMetrics(edit(minimalMetrics, { tables })), {
      resource: 'pipeline metrics',
      field: 'metrics.tables.0.table',
      message: 'Invalid pipeline metrics: field "metrics.tables.0.table" is missing (expected a string)',
    });
  });
});
