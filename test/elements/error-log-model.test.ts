import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { filterErrors, groupErrors, type TypeFilter } from '../../src/elements/error-log/error-groups.js';
import { ErrorHistory } from '../../src/elements/error-log/error-history.js';
import { LogViewModel } from '../../src/elements/error-log/log-view-model.js';
import type { PipelineError } from '../../src/schemas/index.js';

const NOW = Date.UTC(2026, 0, 1);

/** A log of `n` errors, newest first, drawing messages from a small set so repeats happen. */
function log(messages: number[]): PipelineError[] {
  return messages.map((m, i) => ({
    id: `e${i}`,
    timestamp: new Date(NOW - i * 1000),
    type: (['write', 'schema'] as const)[m % 2]!,
    message: `message ${m % 3}`,
    ...(m % 4 === 0 ? { table: 'public.t' } : {}),
  }));
}

describe('<error-log> history', () => {
  it('whatever pages arrive in whatever order, holds each error once, newest first, grouped as from scratch', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 11 }), { minLength: 1, maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 12 })), { maxLength: 12 }),
        (messages, pages) => {
          const all = log(messages);
          const history = new ErrorHistory();
          const seen = new Set<string>();
          for (const [start, size] of pages) {
            const from = start % all.length;
            const page = all.slice(from, from + size);
            page.forEach((e) => seen.add(e.id));
            history.add(page);
            const expected = all.filter((e) => seen.has(e.id));
            expect(history.entries.map((e) => e.id)).to.deep.equal(expected.map((e) => e.id));
            const fromScratch = groupErrors(expected, true).map((g) => [g.key, g.entries.map((e) => e.id)]);
            expect(history.groups.map((g) => [g.key, g.entries.map((e) => e.id)])).to.deep.equal(fromScratch);
            const counts = { replication: 0, schema: 0, connection: 0, write: 0, unknown: 0 };
            expected.forEach((e) => counts[e.type]++);
            expect(history.counts).to.deep.equal(counts);
          }
        },
      ),
    );
  });

  it('shows, for any filter, what filtering and grouping every loaded error from scratch shows, as pages arrive', () => {
    const viewArb = fc.record({
      type: fc.constantFrom<TypeFilter>('all', 'write', 'schema'),
      search: fc.constantFrom('', 'message 1', ' PUBLIC.T ', 'nothing'),
      collapse: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 11 }), { minLength: 1, maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 12 }), fc.option(viewArb, { nil: undefined })), { maxLength: 12 }),
        viewArb,
        (messages, pages, first) => {
          const all = log(messages);
          const history = new ErrorHistory();
          const model = new LogViewModel();
          const seen = new Set<string>();
          let view = first;
          for (const [start, size, next] of pages) {
            // Sometimes the reader changes the filter before the page, sometimes it stays.
            view = next ?? view;
            model.shown(history, view.type, view.search, view.collapse);
            const from = start % all.length;
            all.slice(from, from + size).forEach((e) => seen.add(e.id));
            history.add(all.slice(from, from + size));
            const expected = filterErrors(all.filter((e) => seen.has(e.id)), view.type, view.search);
            const { visible, groups } = model.shown(history, view.type, view.search, view.collapse);
            expect(visible.map((e) => e.id)).to.deep.equal(expected.map((e) => e.id));
            const fromScratch = groupErrors(expected, view.collapse).map((g) => [g.key, g.entries.map((e) => e.id)]);
            expect(groups.map((g) => [g.key, g.entries.map((e) => e.id)])).to.deep.equal(fromScratch);
          }
        },
      ),
    );
  });

  it('searches for the text as typed, ignoring case: no character has a special meaning', () => {
    const errors = log([1, 2, 3]).map((e, i) => ({ ...e, message: ['timeout (attempt 1/5)', 'a.b failed', 'axb failed'][i]! }));
    const found = (search: string) => filterErrors(errors, 'all', search).map((e) => e.message);
    expect(found('(ATTEMPT 1/5)')).to.deep.equal(['timeout (attempt 1/5)']);
    expect(found('a.b')).to.deep.equal(['a.b failed']);
    expect(found('[ax]b')).to.deep.equal([]);
    expect(found(' Schema ')).to.deep.equal(errors.filter((e) => e.type === 'schema').map((e) => e.message));
  });

  it('tells a page that shares nothing with what was loaded', () => {
    const all = log([1, 2, 3, 4, 5, 6]);
    const history = new ErrorHistory();
    expect(history.add(all.slice(3)).disjoint, 'the first page').to.equal(false);
    expect(history.add(all.slice(0, 2)).disjoint).to.equal(true);
    expect(history.add(all.slice(1, 4))).to.deep.equal({ added: 1, disjoint: false });
  });
});
