import { expect } from '@open-wc/testing';
import { MonitorError, truncate } from '../src/errors.js';

const make = (kind: MonitorError['kind'], status?: number) =>
  new MonitorError({ kind, status, resource: 'pipeline metrics', message: 'x' });

describe('MonitorError.retryable', () => {
  it('retries network failures, timeouts, 5xx, 408 and 429 on their own', () => {
    expect(make('network').retryable).to.equal(true);
    expect(make('timeout').retryable).to.equal(true);
    expect(make('http', 503).retryable).to.equal(true);
    expect(make('http', 408).retryable).to.equal(true);
    expect(make('http', 429).retryable).to.equal(true);
    expect(make('not-json', 502).retryable).to.equal(true);
  });

  it('waits for the user on 401, 403 and other client errors, whatever the body', () => {
    expect(make('http', 401).retryable).to.equal(false);
    expect(make('http', 403).retryable).to.equal(false);
    expect(make('http', 404).retryable).to.equal(false);
    expect(make('not-json', 401).retryable, 'an HTML login page from a proxy').to.equal(false);
  });

  it('never retries a schema mismatch or an abort', () => {
    expect(make('schema', 200).retryable).to.equal(false);
    expect(make('aborted').retryable).to.equal(false);
  });
});

describe('truncate', () => {
  it('keeps short text and cuts long text with its length', () => {
    expect(truncate('short')).to.equal('short');
    expect(truncate('a'.repeat(1_000_000), 5)).to.equal('aaaaa… (1000000 chars)');
  });
});
