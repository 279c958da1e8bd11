import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { nameOrder, naturalCompare, naturalKey } from '../../src/elements/table-metrics/name-order.js';
import { RowTracker, type TableRow } from '../../src/elements/table-metrics/rows.js';
import { RUN, sortIndices } from '../../src/elements/table-metrics/sliced-sort.js';
import { nextSort, sortRows, type SortColumn, type SortLevel } from '../../src/elements/table-metrics/sort.js';
import { runToEnd } from '../../src/elements/shared/task-slicer.js';
import type { TableMetrics } from '../../src/schemas/index.js';

const COLUMNS: SortColumn[] = ['name', 'events', 'rate', 'lag', 'lastEvent'];

const tableArb = fc.record({
  schema: fc.constantFrom('public', 'sales', 'Sales', 'a1', 'a10'),
  table: fc.stringMatching(/^[a-z_]{1,3}[0-9]{0,3}$/),
  events_processed: fc.nat({ max: 1000 }),
  lag_seconds: fc.constantFrom(0, 1, 5, 5, 30, 99.5),
  last_event_at: fc.option(fc.integer({ min: 0, max: 5 }).map((m) => new Date(Date.UTC(2026, 0, 1, 0, m))), { nil: undefined }),
});

/** The order a person expects, written the slow, obvious way. */
function reference(rows: readonly TableRow[], sort: readonly SortLevel[]): string[] {
  const value = (row: TableRow, column: SortColumn): number | undefined =>
    column === 'name' ? row.rank : column === 'events' ? row.events : column === 'rate' ? row.rate : column === 'lag' ? row.lag : row.lastEventAt?.getTime();
  return [...rows]
    .sort((a, b) => {
      for (const { column, direction } of sort) {
        const x = value(a, column);
        const y = value(b, column);
        if (x === y) continue;
        if (x === undefined) return 1;
        if (y === undefined) return -1;
        return direction === 'ascending' ? x - y : y - x;
      }
      return a.rank - b.rank;
    })
    .map((r) => r.key);
}

describe('<table-metrics> model', () => {
  it('orders names naturally and case-insensitively', () => {
    const names = ['t10', 'T2', 't1', 'a_b', 'a1', 't02'];
    expect([...names].sort((a, b) => naturalCompare(a.toLowerCase(), b.toLowerCase()))).to.deep.equal(['a1', 'a_b', 't1', 'T2', 't02', 't10']);
  });

  it('orders natural keys exactly as the natural comparison orders the names', () => {
    const nameArb = fc.stringMatching(/^[a-z0-9._\-]{0,12}$/);
    fc.assert(
      fc.property(nameArb, nameArb, (a, b) => {
        const [x, y] = [naturalKey(a), naturalKey(b)];
        expect(Math.sign(x < y ? -1 : x > y ? 1 : 0)).to.equal(Math.sign(naturalCompare(a, b)));
      }),
      { numRuns: 2000 },
    );
    expect(naturalKey('t' + '9'.repeat(70)) > naturalKey('t' + '9'.repeat(69))).to.equal(true);
  });

  it('sorts in pausable steps exactly as a stable sort does, across runs and merges', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 30 }), { maxLength: RUN * 5, size: 'max' }), (values) => {
        const compare = (a: number, b: number) => values[a]! - values[b]!;
        const expected = values.map((_, i) => i).sort(compare);
        expect([...runToEnd(sortIndices(values.length, compare))]).to.deep.equal(expected);
      }),
      { numRuns: 30 },
    );
  });

  it('ranks names with letters beyond ASCII by the locale, digits by value', () => {
    const tables = ['zebra', 'Äpfel', 'apfel10', 'Birne', 'apfel2'].map((table) => ({ schema: 'public', table }));
    const ranks = nameOrder(tables, 'de');
    const ordered = tables.map((x, i) => [ranks[i]!, x.table] as const).sort((a, b) => a[0] - b[0]);
    expect(ordered.map(([, name]) => name)).to.deep.equal(['Äpfel', 'apfel2', 'apfel10', 'Birne', 'zebra']);
  });

  it('sorts like the obvious comparator for any rows and any multi-level sort', () => {
    const levelArb = fc.record({ column: fc.constantFrom(...COLUMNS), direction: fc.constantFrom('ascending' as const, 'descending' as const) });
    fc.assert(
      fc.property(fc.array(tableArb, { maxLength: 40 }), fc.array(tableArb, { maxLength: 40 }), fc.uniqueArray(levelArb, { maxLength: 3, selector: (l) => l.column }), (a, b, sort) => {
        const tracker = new RowTracker('en-US');
        tracker.next(a, 1000);
        const rows = tracker.next(b, 2000);
        expect(sortRows(rows, sort).map((r) => r.key)).to.deep.equal(reference(rows, sort));
      }),
    );
  });

  it('keeps names in order through ticks, added, dropped and duplicated tables', () => {
    fc.assert(
      fc.property(fc.array(fc.array(tableArb, { maxLength: 30 }), { minLength: 1, maxLength: 5 }), (snapshots) => {
        const tracker = new RowTracker('en-US');
        snapshots.forEach((tables, i) => {
          // A tick of the same tables, then the next snapshot.
          tracker.next(tables, i * 2000);
          const rows = tracker.next(tables.map((t) => ({ ...t, events_processed: t.events_processed + 1 })), i * 2000 + 1000);
          const byName = sortRows(rows, [{ column: 'name', direction: 'ascending' }]).map((r) => `${r.schema}.${r.table}`.toLowerCase());
          const expected = rows.map((r) => `${r.schema}.${r.table}`.toLowerCase()).sort(naturalCompare);
          expect(byName).to.deep.equal(expected);
          expect(new Set(rows.map((r) => r.key)).size).to.equal(rows.length);
        });
      }),
    );
  });

  it('has no rate for a table seen once or whose counter went backwards', () => {
    const tracker = new RowTracker('en-US');
    const t = (events: number): TableMetrics => ({ schema: 's', table: 't', events_processed: events, lag_seconds: 0 });
    expect(tracker.next([t(100)], 0)[0]!.rate).to.equal(undefined);
    expect(tracker.next([t(300)], 4000)[0]!.rate).to.equal(50);
    expect(tracker.next([t(300)], 4000)[0]!.rate, 'same instant keeps the rate').to.equal(50);
    expect(tracker.next([t(10)], 6000)[0]!.rate, 'a restarted counter').to.equal(undefined);
  });

  it('makes a column the only sort on click and adds levels with Shift', () => {
    let sort = nextSort([{ column: 'lag', direction: 'descending' }], 'name', false);
    expect(sort).to.deep.equal([{ column: 'name', direction: 'ascending' }]);
    sort = nextSort(sort, 'events', true);
    sort = nextSort(sort, 'events', true);
    expect(sort).to.deep.equal([{ column: 'name', direction: 'ascending' }, { column: 'events', direction: 'ascending' }]);
    expect(nextSort(sort, 'name', false)).to.deep.equal([{ column: 'name', direction: 'descending' }]);
    expect(nextSort(sort, 'events', false)).to.deep.equal([{ column: 'events', direction: 'descending' }]);
  });
});
