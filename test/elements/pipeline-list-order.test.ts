/** The list's order, sort attribute and display text, without an element. */
import { expect } from '@open-wc/testing';
import { displayText } from '../../src/elements/pipeline-list/display-text.js';
import { prepareFleet } from '../../src/elements/pipeline-list/list-model.js';
import { ListOrder, type FigureSource } from '../../src/elements/pipeline-list/list-order.js';
import { formatListSort, nextListSort, parseListSort, type RowFigures } from '../../src/elements/pipeline-list/list-sort.js';
import type { Pipeline } from '../../src/schemas/index.js';
import { pipelineOf } from './element-harness.js';

const fleet = (names: string[]): Pipeline[] => names.map((name) => pipelineOf({ id: `id-${name}`, name, status: 'running' }));
const list = (pipelines: Pipeline[]) => ({ pipelines, total_count: pipelines.length });

/** Figures from a table of events/s by name. */
function figures(eps: Record<string, number>): FigureSource {
  const of = (p: Pipeline): RowFigures | undefined =>
    eps[p.name] === undefined ? undefined : { eventsPerSecond: eps[p.name]!, lagSeconds: 0, newErrors: 0, errorCount: 0 };
  return { of, loaded: (model) => model.pipelines.flatMap((p, i) => (of(p) ? [i] : [])) };
}

const names = (model: ReturnType<typeof prepareFleet>, order: readonly number[]) => order.map((i) => model.pipelines[i]!.name);

describe('pipeline-list order', () => {
  it('orders names naturally and case-insensitively, ties in server order', () => {
    const model = prepareFleet(list(fleet(['b10', 'B2', 'a', 'b2'])), 'en-US');
    const { order } = new ListOrder().arrange(model, [{ column: 'name', direction: 'ascending' }], figures({}));
    expect(names(model, order)).to.deep.equal(['a', 'B2', 'b2', 'b10']);
  });

  it('ranks by a figure those that have one, the others after them by name', () => {
    const model = prepareFleet(list(fleet(['d', 'c', 'b', 'a'])), 'en-US');
    const arranged = new ListOrder().arrange(model, [{ column: 'events', direction: 'descending' }], figures({ c: 1, b: 9 }));
    expect(names(model, arranged.order)).to.deep.equal(['b', 'c', 'a', 'd']);
    expect(arranged.ranked).to.equal(2);
  });

  it('keeps a figure order across answers: rows stay, newcomers join the end, leavers leave', () => {
    const order = new ListOrder();
    const sort = [{ column: 'events', direction: 'descending' }] as const;
    const first = prepareFleet(list(fleet(['a', 'b', 'c'])), 'en-US');
    expect(names(first, order.arrange(first, sort, figures({ a: 1, b: 2, c: 3 })).order)).to.deep.equal(['c', 'b', 'a']);
    // New figures would reverse the order; a newcomer has the highest.
    const next = prepareFleet(list(fleet(['a', 'new', 'c'])), 'en-US');
    const kept = order.arrange(next, sort, figures({ a: 30, c: 10, new: 99 }));
    expect(names(next, kept.order)).to.deep.equal(['c', 'a', 'new']);
    expect(kept.ranked).to.equal(3);
    order.reset();
    expect(names(next, order.arrange(next, sort, figures({ a: 30, c: 10, new: 99 })).order)).to.deep.equal(['new', 'a', 'c']);
  });

  it('sorts by status in lifecycle order, then by name', () => {
    const pipelines = [
      pipelineOf({ id: '1', name: 'z', status: 'stopped' }),
      pipelineOf({ id: '2', name: 'y', status: 'error' }),
      pipelineOf({ id: '3', name: 'x', status: 'running' }),
      pipelineOf({ id: '4', name: 'w', status: 'stopped' }),
    ];
    const model = prepareFleet(list(pipelines), 'en-US');
    const { order } = new ListOrder().arrange(model, [{ column: 'status', direction: 'ascending' }], figures({}));
    expect(names(model, order)).to.deep.equal(['x', 'w', 'z', 'y']);
  });

  it('reads and writes the sort attribute, and moves the sort as headers are clicked', () => {
    expect(parseListSort('lag desc, name')).to.deep.equal([
      { column: 'lag', direction: 'descending' },
      { column: 'name', direction: 'ascending' },
    ]);
    expect(parseListSort('bogus, errors asc, errors desc')).to.deep.equal([{ column: 'errors', direction: 'ascending' }]);
    expect(parseListSort(null)).to.deep.equal([]);
    expect(formatListSort(parseListSort('events, status desc'))).to.equal('events desc, status desc');
    const once = nextListSort([], 'lag', false);
    expect(once).to.deep.equal([{ column: 'lag', direction: 'descending' }]);
    expect(nextListSort(once, 'lag', false)).to.deep.equal([{ column: 'lag', direction: 'ascending' }]);
    expect(nextListSort(once, 'name', true)).to.deep.equal([...once, { column: 'name', direction: 'ascending' }]);
  });

  it('reuses the name ranking when a poll names the same pipelines', () => {
    const first = prepareFleet(list(fleet(['a', 'b'])), 'en-US');
    const again = prepareFleet(list(fleet(['a', 'b']).map((p) => ({ ...p, status: 'stopped' as const }))), 'en-US', first);
    expect(again.nameRank).to.equal(first.nameRank);
    expect(again.counts.get('stopped')).to.equal(2);
    const renamed = prepareFleet(list(fleet(['a', 'c'])), 'en-US', first);
    expect(renamed.nameRank).not.to.equal(first.nameRank);
  });

  it('shows invisible and direction characters as code points, and cuts long text', () => {
    expect(displayText('a\u202Eb\u200Bc\u2066d\uFEFF', 100)).to.equal('a⟨U+202E⟩b⟨U+200B⟩c⟨U+2066⟩d⟨U+FEFF⟩');
    expect(displayText('tab\there', 100)).to.equal('tab␉here');
    expect(displayText('x'.repeat(500), 10)).to.equal(`${'x'.repeat(10)}…`);
    expect(displayText('ordinary-name_01', 100)).to.equal('ordinary-name_01');
  });
});
