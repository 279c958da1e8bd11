import { expect } from '@open-wc/testing';
import { MetricsHistoryResponse, parseResource } from '../../src/schemas/index.js';
import { expectSchemaError } from './expect-schema-error.js';
import { PIPELINE_ID, historyPoints } from './fixtures.js';

const parseHistory = (history: unknown) =>
  parseResource(MetricsHistoryResponse, { history }, 'metrics history').history;

describe('MetricsHistory schema', () => {
  it('accepts upstream history with Date timestamps in order', () => {
    const history = parseHistory({ pipeline_id: PIPELINE_ID, time_range: '1h', data_points: historyPoints(3) });
    expect(history.time_range).to.equal('1h');
    expect(history.data_points.map((p) => p.timestamp.toISOString())).to.deep.equal([
      '2026-01-01T00:00:00.000Z',
      '2026-01-01T00:01:00.000Z',
      '2026-01-01T00:02:00.000Z',
    ]);
    expect(history.data_points[2]).to.deep.include({ buffer_depth: 2, error_count: 0 });
  });

  it('reads offset timestamps as their instants and drops unknown point fields', () => {
    const point = {
      timestamp: '2026-01-01T02:00:00+02:00',
      events_per_second: 1,
      lag_seconds: 0,
      buffer_depth: 0,
      error_count: 5,
      p99: 3,
    };
    const [parsed] = parseHistory({ pipeline_id: PIPELINE_ID, time_range: '15m', data_points: [point] }).data_points;
    expect(parsed?.timestamp.getTime()).to.equal(Date.UTC(2026, 0, 1));
    expect(parsed).not.to.have.property('p99');
  });

  it('reads the null Go sends for no samples as an empty series', () => {
    expect(parseHistory({ pipeline_id: PIPELINE_ID, time_range: '7d', data_points: null }).data_points).to.deep.equal([]);
  });

  it('points at the offending sample among thousands', () => {
    const data_points: Record<string, unknown>[] = historyPoints(10_080);
    data_points[5000] = { ...data_points[5000], timestamp: '2026-01-04 11:20:00' };
    data_points[6000] = { ...data_points[6000], lag_seconds: 'NaN' };
    expectSchemaError(() => parseHistory({ pipeline_id: PIPELINE_ID, time_range: '7d', data_points }), {
      resource: 'metrics history',
      field: 'history.data_points.5000.timestamp',
      message:
        'Invalid metrics history: field "history.data_points.5000.timestamp" expected an RFC 3339 timestamp such as "2026-01-01T10:00:00Z", got string "2026-01-04 11:20:00" (and 1 more problem)',
    });
  });

  it('refuses a cumulative error count that went negative', () => {
    const data_points = historyPoints(2);
    data_points[1]!.error_count = -1;
    expectSchemaError(() => parseHistory({ pipeline_id: PIPELINE_ID, time_range: '1h', data_points }), {
      resource: 'metrics history',
      field: 'history.data_points.1.error_count',
      message: 'Invalid metrics history: field "history.data_points.1.error_count" expected a non-negative integer, got number -1',
    });
  });

  it('names a sample that is not an object, a missing field, and a series that is not a list', () => {
    const data_points: unknown[] = historyPoints(3);
    data_points[1] = 'oops';
    expectSchemaError(() => parseHistory({ pipeline_id: PIPELINE_ID, time_range: '1h', data_points }), {
      resource: 'metrics history',
      field: 'history.data_points.1',
      message: 'Invalid metrics history: field "history.data_points.1" expected an object, got string "oops"',
    });
    const { lag_seconds: _dropped, ...withoutLag } = historyPoints(1)[0]!;
    expectSchemaError(() => parseHistory({ pipeline_id: PIPELINE_ID, time_range: '1h', data_points: [withoutLag] }), {
      resource: 'metrics history',
      field: 'history.data_points.0.lag_seconds',
      message: 'Invalid metrics history: field "history.data_points.0.lag_seconds" is missing (expected a number)',
    });
    expectSchemaError(() => parseHistory({ pipeline_id: PIPELINE_ID, time_range: '1h', data_points: {} }), {
      resource: 'metrics history',
      field: 'history.data_points',
      message: 'Invalid metrics history: field "history.data_points" expected a list, got an object',
    });
  });

  it('refuses a history without its time range', () => {
    expectSchemaError(() => parseHistory({ pipeline_id: PIPELINE_ID, data_points: [] }), {
      resource: 'metrics history',
      field: 'history.time_range',
      message: 'Invalid metrics history: field "history.time_range" is missing (expected a string)',
    });
  });

  it('validates a week-long series of one-minute samples, every point kept in order', () => {
    const week = { pipeline_id: PIPELINE_ID, time_range: '7d', data_points: historyPoints(10_080) };
    const parsed = parseResource(MetricsHistoryResponse, JSON.parse(JSON.stringify({ history: week })), 'metrics history');
    expect(parsed.history.data_points).to.have.length(10_080);
    const times = parsed.history.data_points.map((p) => p.timestamp.getTime());
    expect(times.every((t, i) => i === 0 || t > times[i - 1]!)).to.equal(true);
  });
});
