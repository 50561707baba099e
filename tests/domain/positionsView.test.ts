import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../src/domain/filter.ts';
import { positionsTable } from '../../src/domain/positions.ts';
import {
  cellSubject,
  firstColumns,
  positionsOptions,
  quotesInView,
  stripOffsets,
  stripSpan,
} from '../../src/domain/positionsView.ts';
import { actorIdSchema, quoteIdSchema } from '../../src/domain/schema.ts';
import { datasetWithStances } from '../positionsFixture.ts';

// The valid fixture with stances: Witkoff's three quotes at his CNN interview on 17 Aug 2025
// (security guarantees ×2, territory); the two events of 15 Aug have no quotes.
const dataset = datasetWithStances();
const ids = (quotes: readonly { id: string }[]) => quotes.map((q) => q.id);
const witkoff = actorIdSchema.parse('steve-witkoff');
const putin = actorIdSchema.parse('vladimir-putin');

describe('quotesInView', () => {
  it('is every quote when nothing narrows the view', () => {
    expect(quotesInView(dataset, NO_FILTERS)).toBe(dataset.quotes);
  });

  it('keeps the quotes said at the events the actor filter shows', () => {
    expect(ids(quotesInView(dataset, { ...NO_FILTERS, actors: [witkoff] }))).toHaveLength(3);
    expect(quotesInView(dataset, { ...NO_FILTERS, actors: [putin] })).toEqual([]);
  });

  it('keeps the quotes on the chosen topics by their own topics, not their event’s', () => {
    // The CNN interview is on guarantees and NATO; one of its quotes is on territory.
    expect(ids(quotesInView(dataset, { ...NO_FILTERS, topics: ['territory'] }))).toEqual([
      'q-witkoff-legislative-enshrinement',
    ]);
    expect(quotesInView(dataset, { ...NO_FILTERS, topics: ['nato-membership'] })).toEqual([]);
    expect(
      quotesInView(dataset, { ...NO_FILTERS, topics: ['territory', 'security-guarantees'], topicMatch: 'all' }),
    ).toEqual([]);
  });

  it('with a search, keeps only the quotes it matched that the other filters let through', () => {
    const one = quoteIdSchema.parse('q-witkoff-first-time');
    expect(ids(quotesInView(dataset, { ...NO_FILTERS, search: [2] }, [one]))).toEqual(['q-witkoff-first-time']);
    expect(quotesInView(dataset, { ...NO_FILTERS, search: [2], actors: [putin] }, [one])).toEqual([]);
    // Not answered yet: nothing, rather than every quote.
    expect(quotesInView(dataset, { ...NO_FILTERS, search: [2] }, null)).toEqual([]);
  });
});

describe('positionsOptions', () => {
  it('makes the chosen actors the rows and the chosen topics the columns, and asks for nothing else', () => {
    expect(positionsOptions(NO_FILTERS)).toEqual({});
    expect(positionsOptions({ ...NO_FILTERS, actors: [putin], topics: ['sanctions'] })).toEqual({
      actors: [putin],
      topics: ['sanctions'],
    });
  });
});

describe('time strips', () => {
  it('span the dataset and place instants by percent of the width, clamped', () => {
    const span = stripSpan(dataset);
    if (span === null) throw new Error('no span');
    const [a, b] = span;
    expect(stripOffsets(span, [a, b, (a + b) / 2, b + 1e9])).toEqual([0, 100, 50, 100]);
  });
});

describe('firstColumns and cellSubject', () => {
  it('cut the table to its first topics, recounting its marks and quotes', () => {
    const table = positionsTable(dataset, dataset.quotes);
    expect(table.columns.map((c) => c.topic)).toEqual(['security-guarantees', 'territory']);
    const cut = firstColumns(table, 1);
    expect(cut.columns.map((c) => c.topic)).toEqual(['security-guarantees']);
    expect(cut.rows[0]?.cells).toHaveLength(1);
    expect([cut.markCount, cut.quoteCount]).toEqual([2, 2]);
    expect(firstColumns(table, 6)).toBe(table);
    expect(cellSubject(dataset, witkoff, table, 0)).toBe('Steve Witkoff on security guarantees');
  });
});
