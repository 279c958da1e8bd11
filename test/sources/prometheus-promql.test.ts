import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { MonitorError } from '../../src/errors.js';
import { PipelineMetrics, TableMetrics } from '../../src/schemas/index.js';
import { parseSelector, selectorFromLabels, selectorLabel } from '../../src/sources/prometheus-selector.js';
import { historyWindow, MAX_POINTS_PER_SERIES } from '../../src/sources/prometheus-window.js';
import { errorsByTypeQuery, groupedStateQueries, historyQueries, metricsQueries, statusFromState } from '../../src/sources/promql.js';

const S = parseSelector('source="postgres-orders"');

function thrown(run: () => unknown): MonitorError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(MonitorError);
    return error as MonitorError;
  }
  throw new Error('expected a MonitorError');
}

describe('PromQL', () => {
  describe('selector', () => {
    it('accepts matchers as an embedder writes them and returns them canonical', () => {
      expect(parseSelector(' { source = "postgres-orders" } ')).to.equal('source="postgres-orders"');
      expect(parseSelector(`source='postgres-orders', env=~"prod|staging",team!="x",host!~\`db-\\d+\`,`)).to.equal(
        'source="postgres-orders",env=~"prod|staging",team!="x",host!~"db-\\\\d+"',
      );
    });

    it('re-escapes values so they round-trip', () => {
      const selector = selectorFromLabels({ source: 'a"b\\c\nd' });
      expect(selector).to.equal('source="a\\"b\\\\c\\nd"');
      expect(selectorLabel(selector, 'source')).to.equal('a"b\\c\nd');
      expect(parseSelector(selector)).to.equal(selector);
      expect(parseSelector('source="\\x41\\u00e9"')).to.equal('source="Aé"');
    });

    it('refuses text that would break out of the braces', () => {
      for (const attack of [
        'source="a"} or vector(1) or up{job="x"',
        'source="a"}[5m]',
        'source="a") or (vector(1)',
        'source="a" or up',
      ]) {
        const error = thrown(() => parseSelector(attack));
        expect([error.kind, error.field], attack).to.deep.equal(['schema', 'selector']);
      }
    });

    it('says what is wrong with a malformed selector', () => {
      expect(thrown(() => parseSelector('')).message).to.contain('it is empty');
      expect(thrown(() => parseSelector('source=postgres-orders')).message).to.contain('expected a quoted value for "source"');
      expect(thrown(() => parseSelector('source'))).to.have.property('message').that.contains('expected =, !=, =~ or !~ after "source"');
      expect(thrown(() => parseSelector('source="unterminated')).message).to.contain('expected a quoted value');
      expect(thrown(() => parseSelector('1source="x"')).message).to.contain('expected a label name at character 1');
      expect(thrown(() => parseSelector('__name__="up"')).message).to.contain('must not pick the metric name');
      expect(thrown(() => parseSelector('source="\\q"')).message).to.contain('expected a quoted value');
    });

    it("reads the value of a selector's equality matcher only", () => {
      const selector = parseSelector('env!="x",source="postgres-orders"');
      expect(selectorLabel(selector, 'source')).to.equal('postgres-orders');
      expect(selectorLabel(selector, 'env')).to.equal(undefined);
    });
  });

  describe('queries', () => {
    it('has a query for every field of PipelineMetrics and TableMetrics that Prometheus can know', () => {
      const queries = metricsQueries(S);
      const fields = Object.keys(PipelineMetrics.shape).filter((f) => !['pipeline_id', 'last_event_at', 'uptime', 'tables', 'partial'].includes(f));
      for (const field of fields) expect(queries, field).to.have.property(field);
      for (const field of ['events_processed', 'lag_seconds']) {
        expect(Object.keys(TableMetrics.shape)).to.include(field);
        expect(queries).to.have.property(`table_${field}`);
      }
      for (const query of Object.values(queries)) expect(query).to.contain('{source="postgres-orders"}');
    });

    it('groups the state of many pipelines by the labels their selectors pin, values escaped', () => {
      const q = groupedStateQueries({ source: ['postgres-a.b', 'postgres-(x)', 'postgres-a.b'], env: ['prod'] });
      expect(q.state).to.equal('max by (env, source) (philotes_cdc_pipeline_state{env=~"prod",source=~"postgres-a\\\\.b|postgres-\\\\(x\\\\)"})');
      expect(q.at).to.equal('max by (env, source) (timestamp(philotes_cdc_pipeline_state{env=~"prod",source=~"postgres-a\\\\.b|postgres-\\\\(x\\\\)"}))');
    });

    it('asks for the contract expressions', () => {
      const q = metricsQueries(S);
      expect(q.status).to.equal('max(philotes_cdc_pipeline_state{source="postgres-orders"})');
      expect(q.lag_seconds).to.equal('max(philotes_cdc_lag_seconds{source="postgres-orders"})');
      expect(q.lag_p95_seconds).to.equal('quantile_over_time(0.95, max(philotes_cdc_lag_seconds{source="postgres-orders"})[5m:15s])');
      expect(q.buffer_depth).to.equal('sum(philotes_buffer_depth{source="postgres-orders"})');
      expect(q.table_events_processed).to.equal('sum by (table) (philotes_cdc_events_total{source="postgres-orders"})');
      expect(q.table_lag_seconds).to.equal('max by (table) (philotes_cdc_lag_seconds{source="postgres-orders"})');
      expect(q.events_per_second).to.match(/^sum\(rate\(philotes_cdc_events_total\{source="postgres-orders"\}\[1m\]\)\) or on\(\) /);
    });

    it('counts a counter the worker has not created yet as 0 only while the pipeline is seen', () => {
      expect(metricsQueries(S).error_count).to.equal(
        'sum(philotes_cdc_errors_total{source="postgres-orders"}) or on() ' +
          '(0 * max(philotes_cdc_pipeline_state{source="postgres-orders"}) unless on() count(philotes_cdc_errors_total{source="postgres-orders"}))',
      );
    });

    it('widens the rate window on request and refuses a window that is not a duration', () => {
      expect(metricsQueries(S, { rateWindow: '2m' }).events_per_second).to.contain('[2m]');
      expect(historyQueries(S, { rateWindow: '2m' }).events_per_second).to.contain('[2m]');
      expect(thrown(() => metricsQueries(S, { rateWindow: '2 minutes' })).field).to.equal('rateWindow');
    });

    it('uses the live expressions for history without a step, so a chart ends where the cards are', () => {
      const live = metricsQueries(S);
      const history = historyQueries(S);
      expect(Object.keys(history)).to.deep.equal(['events_per_second', 'lag_seconds', 'buffer_depth', 'error_count']);
      for (const [field, query] of Object.entries(history)) expect(query).to.equal(live[field as keyof typeof live]);
    });

    it("keeps each step's peak of lag and buffer depth and averages the rate over a step longer than its window", () => {
      const wide = historyQueries(S, {}, 6048);
      expect(wide.lag_seconds).to.equal(
        'max(max_over_time(philotes_cdc_lag_seconds{source="postgres-orders"}[6048s])) or max(philotes_cdc_lag_seconds{source="postgres-orders"})',
      );
      expect(wide.buffer_depth).to.contain('sum(max_over_time(philotes_buffer_depth{source="postgres-orders"}[6048s]))');
      expect(wide.events_per_second).to.contain('rate(philotes_cdc_events_total{source="postgres-orders"}[6048s])');
      expect(historyQueries(S, {}, 9).events_per_second).to.contain('[1m]');
      expect(historyQueries(S, { rateWindow: '1m30s' }, 60).events_per_second).to.contain('[1m30s]');
      expect(historyQueries(S, { rateWindow: '1m30s' }, 120).events_per_second).to.contain('[120s]');
    });

    it('breaks errors down by type, cumulative or over a window', () => {
      expect(errorsByTypeQuery(S)).to.equal('sum by (error_type) (philotes_cdc_errors_total{source="postgres-orders"})');
      expect(errorsByTypeQuery(S, '5m')).to.equal('sum by (error_type) (increase(philotes_cdc_errors_total{source="postgres-orders"}[5m]))');
      expect(thrown(() => errorsByTypeQuery(S, '5m]) or vector(1')).field).to.equal('window');
    });

    it('maps every pipeline_state code to a status, and anything else to unknown', () => {
      expect([0, 1, 2, 3, 4, 5].map(statusFromState)).to.deep.equal(['starting', 'running', 'stopped', 'stopping', 'stopped', 'error']);
      expect([Number.NaN, 6, 1.5, undefined].map(statusFromState)).to.deep.equal(['unknown', 'unknown', 'unknown', 'unknown']);
    });
  });

  describe('history window', () => {
    const NOW = Date.UTC(2026, 0, 15, 12, 0, 7, 250);

    it("uses the REST API's step for the named ranges", () => {
      const steps = ['15m', '1h', '6h', '24h', '7d'].map((range) => historyWindow({ range }, NOW).step);
      expect(steps).to.deep.equal([9, 36, 216, 864, 6048]);
    });

    it('aligns start and end to the step, so the same range asks for the same instants', () => {
      const window = historyWindow({ range: '1h' }, NOW);
      expect(window.end % 36).to.equal(0);
      expect(window.end - window.start).to.equal(3600);
      expect(window.end).to.be.at.most(NOW / 1000);
      expect(historyWindow({ range: '1h' }, NOW + 20_000)).to.deep.equal(window);
    });

    it('never asks for more than 11,000 points per series, whatever the span and density', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 400 * 86_400 }), fc.integer({ min: 1, max: 50_000 }), (spanSeconds, points) => {
          const start = new Date(NOW - spanSeconds * 1000);
          const w = historyWindow({ start, end: new Date(NOW) }, NOW, points);
          return (
            (w.end - w.start) / w.step <= MAX_POINTS_PER_SERIES &&
            w.step >= spanSeconds / MAX_POINTS_PER_SERIES &&
            Number.isInteger(w.step) &&
            w.start % w.step === 0 &&
            w.end % w.step === 0
          );
        }),
      );
    });

    it('keeps an explicit step, widened only past 11,000 points per series', () => {
      expect(historyWindow({ range: '1h' }, NOW, undefined, 60).step).to.equal(60);
      const widened = historyWindow({ range: '7d' }, NOW, undefined, 1);
      expect((widened.end - widened.start) / widened.step).to.be.at.most(MAX_POINTS_PER_SERIES);
    });

    it('echoes a relative range as given and an absolute one as a Go duration', () => {
      expect(historyWindow({ range: '1d12h' }, NOW).timeRange).to.equal('1d12h');
      const absolute = historyWindow({ start: new Date(NOW - 5_400_000), end: new Date(NOW) }, NOW);
      expect(absolute.timeRange).to.equal('1h30m0s');
    });

    it('refuses ranges that are not durations, and windows that end before they start', () => {
      for (const range of ['5x', '', '0', '-1h', '500ms', '7']) expect(thrown(() => historyWindow({ range }, NOW)).field, range).to.equal('range');
      const error = thrown(() => historyWindow({ start: new Date(NOW), end: new Date(NOW) }, NOW));
      expect(error.field).to.equal('end');
    });
  });
});
