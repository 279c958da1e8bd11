import { expect } from '@open-wc/testing';
import { MonitorError } from '../../src/errors.js';
import {
  instantSamples,
  prometheusErrorType,
  rangeSeries,
  readPrometheusAnswer,
  type PromResult,
} from '../../src/sources/prometheus-envelope.js';
import * as fx from './prometheus-fixtures.js';

function read(answer: fx.RawAnswer): PromResult {
  return readPrometheusAnswer({
    status: answer.status,
    statusText: answer.statusText,
    contentType: answer.contentType,
    text: answer.body,
    retryAfter: answer.headers?.['Retry-After'] ?? null,
    resource: 'pipeline metrics',
  });
}

function failure(answer: fx.RawAnswer): MonitorError {
  try {
    read(answer);
  } catch (error) {
    expect(error).to.be.instanceOf(MonitorError);
    return error as MonitorError;
  }
  throw new Error('expected the answer to be refused');
}

describe('Prometheus envelope', () => {
  describe('results', () => {
    it('reads a vector as labelled samples at millisecond instants', () => {
      const result = read(fx.VECTOR_BY_SOURCE);
      expect(instantSamples(result, 'x')).to.deep.equal([
        { labels: { source: 'postgres-billing' }, time: 1795952584925, value: 0 },
        { labels: { source: 'postgres-shop' }, time: 1795952584925, value: 610.7271358045352 },
      ]);
      expect(result.partial).to.equal(false);
    });

    it('reads "NaN", "+Inf" and "-Inf" as gaps, never as 0', () => {
      const values = instantSamples(read(fx.VECTOR_GAPS), 'x').map((s) => s.value);
      expect(values).to.have.length(3);
      for (const value of values) expect(value).to.be.NaN;
    });

    it('reads a scalar as one unlabelled sample, keeping its gap', () => {
      const [sample, ...rest] = instantSamples(read(fx.SCALAR_NAN), 'x');
      expect(rest).to.deep.equal([]);
      expect(sample?.labels).to.deep.equal({});
      expect(sample?.time).to.equal(1795953141000);
      expect(sample?.value).to.be.NaN;
    });

    it('reads a matrix as series of ascending points, a gap inside a series included', () => {
      const series = rangeSeries(read(fx.MATRIX), 'x');
      expect(series.map((s) => s.labels.source)).to.deep.equal(['postgres-billing', 'postgres-shop']);
      expect(series[0]?.points).to.deep.equal([
        { time: 1795953137000, value: 5 },
        { time: 1795953139000, value: 5 },
        { time: 1795953141000, value: 5 },
      ]);
      expect(series[1]?.points[1]?.value).to.be.NaN;
      expect(series[1]?.points[2]?.value).to.equal(1);
    });

    it('reads a string result without mistaking it for a number', () => {
      expect(read(fx.STRING).data).to.deep.equal({ resultType: 'string', result: { time: 1795953141000, value: 'hello' } });
    });

    it('refuses a matrix where an instant vector was asked for, and the reverse', () => {
      expect(() => instantSamples(read(fx.MATRIX), 'pipeline metrics')).to.throw(MonitorError, /expected an instant vector or scalar, got resultType "matrix"/);
      expect(() => rangeSeries(read(fx.VECTOR_ONE), 'metrics history')).to.throw(MonitorError, /expected a range matrix, got resultType "vector"/);
    });
  });

  describe('partial data', () => {
    it('marks an answer with warnings as partial and keeps the warnings', () => {
      const result = read(fx.WARNINGS);
      expect(result.partial).to.equal(true);
      expect(result.warnings).to.deep.equal(['remote read: store 10.0.0.7:10901 is unavailable']);
      expect(instantSamples(result, 'x')[0]?.value).to.equal(192);
    });

    it("marks VictoriaMetrics' isPartial answers as partial", () => {
      const result = read(fx.VM_PARTIAL);
      expect(result.partial).to.equal(true);
      expect(instantSamples(result, 'x')[0]?.value).to.equal(192);
    });
  });

  describe('failures', () => {
    it('turns bad_data (400) into an upstream error with Prometheus\' words, not retried', () => {
      const error = failure(fx.BAD_DATA);
      expect(error.kind).to.equal('upstream');
      expect(error.status).to.equal(400);
      expect(error.retryable).to.equal(false);
      expect(prometheusErrorType(error)).to.equal('bad_data');
      expect(error.message).to.equal(
        'Prometheus refused the pipeline metrics query (bad_data, 400 Bad Request): invalid parameter "query": 1:5: parse error: unclosed left parenthesis',
      );
    });

    it('explains the 11,000-points refusal in Prometheus\' own words', () => {
      expect(failure(fx.TOO_MANY_POINTS).message).to.contain('exceeded maximum resolution of 11,000 points per timeseries');
    });

    it('turns an execution error (422) into an upstream error that is not retried', () => {
      const error = failure(fx.EXECUTION);
      expect([error.kind, error.status, error.retryable, prometheusErrorType(error)]).to.deep.equal(['upstream', 422, false, 'execution']);
      expect(error.message).to.contain('many-to-many matching not allowed');
    });

    it('turns a query timeout (503) into an upstream error retried after Retry-After', () => {
      const error = failure(fx.TIMEOUT);
      expect([error.kind, error.status, error.retryable, error.retryAfterMs]).to.deep.equal(['upstream', 503, true, 7000]);
      expect(prometheusErrorType(error)).to.equal('timeout');
    });

    it("explains a proxy's HTML page instead of JSON", () => {
      const error = failure(fx.NGINX_502);
      expect([error.kind, error.status]).to.deep.equal(['not-json', 502]);
      expect(error.message).to.match(/got an HTML page instead of JSON \(502 Bad Gateway\)/);
      expect(error.message).to.contain('check that the Prometheus URL points at the server itself');
    });

    it('quotes a plain-text answer and hints at a wrong URL on 404', () => {
      const error = failure(fx.NOT_FOUND_TEXT);
      expect(error.kind).to.equal('not-json');
      expect(error.message).to.contain('got plain text instead of JSON (404 Not Found): "404 page not found"');
      expect(error.message).to.contain('without /api/v1');
    });

    it('reports a body cut off mid-way as invalid JSON', () => {
      const error = failure(fx.TRUNCATED);
      expect(error.kind).to.equal('invalid-json');
      expect(error.message).to.match(/^The pipeline metrics answer from Prometheus is not valid JSON \(200 OK\)/);
    });

    it('reports an empty answer', () => {
      const error = failure({ status: 503, statusText: 'Service Unavailable', contentType: '', body: '' });
      expect([error.kind, error.status]).to.deep.equal(['not-json', 503]);
      expect(error.message).to.contain('got an empty answer (503 Service Unavailable)');
    });

    it('reports other JSON on an error status as an HTTP failure', () => {
      const error = failure({ status: 500, statusText: 'Internal Server Error', contentType: 'application/json', body: '{"message":"boom"}' });
      expect([error.kind, error.status]).to.deep.equal(['http', 500]);
    });

    it('names the field of a success envelope that has the wrong shape', () => {
      const body = '{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1795953141,42]}]}}';
      const error = failure({ status: 200, statusText: 'OK', contentType: 'application/json', body });
      expect([error.kind, error.field]).to.deep.equal(['schema', 'data.result.0.value']);
      expect(error.message).to.contain('expected a sample [unix_seconds, "value"]');
    });

    it('refuses a sample value that is not a number rather than reading it as a gap', () => {
      const body = '{"status":"success","data":{"resultType":"scalar","result":[1795953141,"fast"]}}';
      expect(failure({ status: 200, statusText: 'OK', contentType: 'application/json', body }).kind).to.equal('schema');
    });

    it('refuses an unknown result type', () => {
      const body = '{"status":"success","data":{"resultType":"histogram","result":[]}}';
      const error = failure({ status: 200, statusText: 'OK', contentType: 'application/json', body });
      expect([error.kind, error.field]).to.deep.equal(['schema', 'data.resultType']);
    });
  });
});
