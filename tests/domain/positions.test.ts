import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../scripts/lib/readDataset.ts';
import { buildDataset } from '../../src/domain/dataset.ts';
import {
  PRINCIPAL_COUNT,
  cellSummary,
  positionsTable,
  principalActors,
  type PositionsTable,
} from '../../src/domain/positions.ts';
import { topicInSentence } from '../../src/domain/labels.ts';
import {
  actorIdSchema,
  actorSchema,
  eventSchema,
  quoteSchema,
  type ActorId,
  type Quote,
  type QuoteStance,
} from '../../src/domain/schema.ts';
import { TEST_TIMELINE } from './sample.ts';

const actor = (id: string, name: string) =>
  actorSchema.parse({ id, name, shortName: name, kind: 'person', affiliation: 'Test', offices: [], color: '#1f5fbf' });

const event = (id: string, time?: string) =>
  eventSchema.parse({
    id,
    title: `Title of ${id}`,
    summary: 'A test event.',
    kind: 'press-statement',
    status: 'occurred',
    start:
      time === undefined
        ? { date: id.slice(0, 10), tz: 'UTC', precision: 'day' }
        : { date: id.slice(0, 10), time, tz: 'UTC', precision: 'minute' },
    participants: [],
    topics: ['sanctions'],
    verification: 'confirmed',
    sourceIds: ['src'],
  });

const quote = (id: string, speakerId: string, eventId: string | undefined, stances: QuoteStance[]) =>
  quoteSchema.parse({
    id,
    text: `Words of ${id}.`,
    speakerId,
    ...(eventId === undefined ? {} : { eventId }),
    fidelity: 'as-reported',
    verification: 'reported',
    chain: [{ relation: 'quoted-by', by: 'Reuters' }],
    sourceIds: ['src'],
    topics: [...new Set(['diplomacy', ...stances.map((s) => s.topic)])],
    ...(stances.length === 0 ? {} : { stances }),
  });

const st = (topic: QuoteStance['topic'], stance: QuoteStance['stance'], note?: string): QuoteStance =>
  note === undefined ? { topic, stance } : { topic, stance, note };

const id = (s: string): ActorId => actorIdSchema.parse(s);
const TRUMP = id('donald-trump');
const PUTIN = id('vladimir-putin');
const RUBIO = id('marco-rubio');
const ZELENSKYY = id('volodymyr-zelenskyy');
const MERZ = id('friedrich-merz');
const STARMER = id('keir-starmer');

// Quotes are stored out of time order on purpose: every cell must be in the order things were said.
const quotes: Quote[] = [
  quote('trump-oct', TRUMP, '2025-10-22-sanctions-imposed', [
    st('sanctions', 'supports', 'sanctions on two oil firms'),
  ]),
  quote('trump-jul', TRUMP, '2025-07-14-deadline', [
    st('sanctions', 'conditional', 'tariffs if there is no deal in 50 days'),
    st('peace-deal', 'supports'),
  ]),
  quote('trump-undated', TRUMP, undefined, [st('sanctions', 'supports')]),
  quote('trump-aug', TRUMP, '2025-08-22-decision', [st('sanctions', 'undecided')]),
  quote('trump-no-stance', TRUMP, '2025-08-22-decision', []),
  quote('putin-oct', PUTIN, '2025-10-23-reply', [st('sanctions', 'opposes'), st('diplomacy', 'conditional')]),
  quote('putin-may', PUTIN, undefined, [st('ceasefire', 'conditional')]),
  quote('rubio-1', RUBIO, '2025-08-17-interviews', [st('sanctions', 'opposes')]),
  quote('rubio-2', RUBIO, '2025-08-17-interviews', [st('sanctions', 'opposes')]),
  quote('rubio-3', RUBIO, '2025-08-17-interviews', [st('ceasefire', 'supports')]),
  // Zelenskyy: two annotated quotes like Putin, but more quotes in all, so he ranks above him.
  quote('zelenskyy-1', ZELENSKYY, '2025-08-17-interviews', [st('security-guarantees', 'supports')]),
  quote('zelenskyy-2', ZELENSKYY, undefined, [st('territory', 'opposes')]),
  quote('zelenskyy-3', ZELENSKYY, undefined, []),
  // Merz and Starmer: one annotated quote each, one quote in all: by name.
  quote('starmer-1', STARMER, undefined, [st('security-guarantees', 'supports')]),
  quote('merz-1', MERZ, '2025-08-17-interviews', [st('peace-deal', 'supports')]),
];

const dataset = buildDataset({
  timeline: TEST_TIMELINE,
  actors: [
    actor('donald-trump', 'Donald Trump'),
    actor('vladimir-putin', 'Vladimir Putin'),
    actor('marco-rubio', 'Marco Rubio'),
    actor('volodymyr-zelenskyy', 'Volodymyr Zelenskyy'),
    actor('friedrich-merz', 'Friedrich Merz'),
    actor('keir-starmer', 'Keir Starmer'),
  ],
  places: [],
  sources: [],
  events: [
    event('2025-10-23-reply'),
    event('2025-10-22-sanctions-imposed', '15:00'),
    event('2025-08-22-decision'),
    event('2025-07-14-deadline', '10:00'),
    event('2025-08-17-interviews'),
  ],
  quotes,
  redirects: [],
});

const cell = (table: PositionsTable, actorId: ActorId, topic: string) => {
  const j = table.columns.findIndex((c) => c.topic === topic);
  return table.rows.find((r) => r.actorId === actorId)?.cells[j];
};
const ids = (t: PositionsTable, a: ActorId, topic: string) => cell(t, a, topic)?.marks.map((m) => m.quote.id);

describe('principalActors', () => {
  it('ranks speakers by stance-annotated quotes, then by quotes in all, then by name', () => {
    // Trump 4 annotated; Rubio 3; Zelenskyy 2 of 3 quotes, Putin 2 of 2; Merz and Starmer 1 of 1.
    expect(principalActors(dataset)).toEqual([TRUMP, RUBIO, ZELENSKYY, PUTIN, MERZ, STARMER]);
    expect(principalActors(dataset, 2)).toEqual([TRUMP, RUBIO]);
    expect(principalActors(dataset, 0)).toEqual([]);
  });

  it('leaves out actors none of whose quotes has a stance', () => {
    const none = buildDataset({
      timeline: TEST_TIMELINE,
      actors: [actor('donald-trump', 'Donald Trump')],
      places: [],
      sources: [],
      events: [],
      quotes: [quote('plain', TRUMP, undefined, [])],
      redirects: [],
    });
    expect(principalActors(none)).toEqual([]);
    expect(positionsTable(none, none.quotes)).toEqual({ columns: [], rows: [], markCount: 0, quoteCount: 0 });
  });
});

describe('positionsTable', () => {
  const table = positionsTable(dataset, dataset.quotes);

  it('has a row per marked speaker, principal first, and a column per marked topic, most marked first', () => {
    expect(table.rows.map((r) => r.actorId)).toEqual([TRUMP, RUBIO, ZELENSKYY, PUTIN, MERZ, STARMER]);
    // Sanctions 7 marks; then 2 each and 1 each, ties in the vocabulary's order.
    expect(table.columns).toEqual([
      { topic: 'sanctions', count: 7 },
      { topic: 'ceasefire', count: 2 },
      { topic: 'security-guarantees', count: 2 },
      { topic: 'peace-deal', count: 2 },
      { topic: 'territory', count: 1 },
      { topic: 'diplomacy', count: 1 },
    ]);
    expect(table.markCount).toBe(15);
    expect(table.quoteCount).toBe(13);
    expect(table.rows.map((r) => r.count)).toEqual([5, 3, 2, 3, 1, 1]);
    for (const row of table.rows) expect(row.cells.map((c) => c.topic)).toEqual(table.columns.map((c) => c.topic));
  });

  it('puts a cell in time order by the start of each quote’s event, undated marks last', () => {
    expect(ids(table, TRUMP, 'sanctions')).toEqual(['trump-jul', 'trump-aug', 'trump-oct', 'trump-undated']);
    const marks = cell(table, TRUMP, 'sanctions')?.marks ?? [];
    expect(marks.map((m) => m.stance)).toEqual(['conditional', 'undecided', 'supports', 'supports']);
    expect(marks[0]).toMatchObject({
      note: 'tariffs if there is no deal in 50 days',
      dateMs: Date.UTC(2025, 6, 14, 10),
      dateKey: '2025-07-14',
    });
    expect(marks[3]?.dateMs).toBeUndefined();
    expect(marks[3] !== undefined && 'note' in marks[3]).toBe(false);
    expect(cell(table, TRUMP, 'sanctions')?.count).toBe(4);
    expect(cell(table, TRUMP, 'ceasefire')).toEqual({ topic: 'ceasefire', marks: [], count: 0 });
  });

  it('follows the quotes it is given: a filtered or searched set narrows rows, columns and counts', () => {
    const shown = dataset.quotes.filter((q) => q.eventId === '2025-08-17-interviews');
    const some = positionsTable(dataset, shown);
    expect(some.rows.map((r) => r.actorId)).toEqual([RUBIO, ZELENSKYY, MERZ]);
    // The columns keep the dataset-wide order: a filter never reorders them.
    expect(some.columns.map((c) => c.topic)).toEqual(['sanctions', 'ceasefire', 'security-guarantees', 'peace-deal']);
    expect(cell(some, RUBIO, 'sanctions')?.count).toBe(2);
    expect(positionsTable(dataset, []).rows).toEqual([]);
  });

  it('shows the actors and topics asked for, in the actors’ order given, empty ones included', () => {
    const asked = positionsTable(dataset, dataset.quotes, {
      actors: [PUTIN, TRUMP, MERZ],
      topics: ['diplomacy', 'sanctions', 'energy'],
    });
    expect(asked.rows.map((r) => r.actorId)).toEqual([PUTIN, TRUMP, MERZ]);
    expect(asked.columns).toEqual([
      { topic: 'sanctions', count: 5 },
      { topic: 'diplomacy', count: 1 },
      { topic: 'energy', count: 0 },
    ]);
    expect(ids(asked, PUTIN, 'diplomacy')).toEqual(['putin-oct']);
    expect(asked.rows[2]?.count).toBe(0);
    expect(asked.markCount).toBe(6);
  });

  it('shows at most the principal count of actors when none are named', () => {
    const many = buildDataset({
      timeline: TEST_TIMELINE,
      actors: Array.from({ length: 12 }, (_, i) => actor(`actor-${i}`, `Actor ${String(i).padStart(2, '0')}`)),
      places: [],
      sources: [],
      events: [],
      quotes: Array.from({ length: 12 }, (_, i) =>
        quote(`q-${i}`, `actor-${i}`, undefined, [st('ceasefire', 'describes')]),
      ),
      redirects: [],
    });
    const rows = positionsTable(many, many.quotes).rows.map((r) => r.actorId);
    expect(rows).toHaveLength(PRINCIPAL_COUNT);
    expect(rows[0]).toBe('actor-0');
  });
});

describe('cellSummary', () => {
  const table = positionsTable(dataset, dataset.quotes);

  it('tells a change of position in one line, with the dates', () => {
    expect(
      cellSummary(dataset, TRUMP, cell(table, TRUMP, 'sanctions') ?? { topic: 'sanctions', marks: [], count: 0 }),
    ).toBe(
      'Donald Trump on sanctions: conditional (14 Jul 2025) → undecided (22 Aug 2025) → supports (22 Oct 2025); undated: supports',
    );
  });

  it('tells repeated stances once, with how many quotes, and says when a cell is empty or undated', () => {
    const rubio = cell(table, RUBIO, 'sanctions');
    expect(rubio === undefined ? '' : cellSummary(dataset, RUBIO, rubio)).toBe(
      'Marco Rubio on sanctions: opposes (17 Aug 2025, 2 quotes)',
    );
    const zelenskyy = cell(table, ZELENSKYY, 'territory');
    expect(zelenskyy === undefined ? '' : cellSummary(dataset, ZELENSKYY, zelenskyy)).toBe(
      'Volodymyr Zelenskyy on territory: undated: opposes',
    );
    expect(cellSummary(dataset, PUTIN, { topic: 'security-guarantees', marks: [], count: 0 })).toBe(
      'Vladimir Putin on security guarantees: no stance marked',
    );
  });

  it('keeps an acronym’s capitals inside the sentence', () => {
    expect(topicInSentence('nato-membership')).toBe('NATO membership');
    expect(topicInSentence('peace-deal')).toBe('peace deal');
  });
});

describe('the bundled dataset', () => {
  const result = readDataset(join(import.meta.dirname, '..', '..', 'data'));
  if (!result.ok) throw new Error('data/ does not validate; run npm run validate');
  const bundled = buildDataset(result.dataset);

  it('ranks the most annotated speakers first, each marked on at least three topics', () => {
    const principal = principalActors(bundled, 6);
    expect(principal.slice(0, 4)).toEqual([TRUMP, ZELENSKYY, RUBIO, id('steve-witkoff')]);
    const table = positionsTable(bundled, bundled.quotes, { actors: principal });
    expect(table.rows).toHaveLength(6);
    for (const row of table.rows)
      expect(row.cells.filter((c) => c.count > 0).length, row.actorId).toBeGreaterThanOrEqual(3);
  });

  it('tells Trump on sanctions from the July deadline to the August decision', () => {
    const table = positionsTable(bundled, bundled.quotes, { actors: [TRUMP], topics: ['sanctions'] });
    const sanctions = table.rows[0]?.cells[0];
    expect(sanctions === undefined ? '' : cellSummary(bundled, TRUMP, sanctions)).toBe(
      'Donald Trump on sanctions: conditional (14 Jul 2025) → describes (6 Aug 2025) → undecided (22 Aug 2025)',
    );
  });
});
