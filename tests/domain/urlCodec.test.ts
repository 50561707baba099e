import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatView, parseView, type UrlParts } from '../../src/domain/urlCodec.ts';
import { DEFAULT_VIEW, normaliseQuery, VIEW_KEYS, type UrlProblem, type View } from '../../src/domain/view.ts';
import { TOPICS } from '../../src/domain/vocabulary.ts';

/** A view as these cases write it: ids as plain strings. */
interface UrlState {
  readonly eventId: string | null;
  readonly quoteId: string | null;
  readonly actors: readonly string[];
  readonly match: View['match'];
  readonly topics: readonly string[];
  readonly topicMatch: View['topicMatch'];
  readonly q: string;
  readonly display: View['display'];
  readonly density: View['density'];
  readonly embed: boolean;
}
const DEFAULT_URL_STATE: UrlState = DEFAULT_VIEW;
/** The codec under the names these cases were written with: a view is what a URL states. */
const parseUrlState = (url: UrlParts, base?: string): { state: UrlState; problems: UrlProblem[] } => {
  const { view, problems } = parseView(url, base);
  return { state: view, problems };
};
const formatUrlState = (state: UrlState, base?: string) => formatView(state as View, base);

const strings = (s: UrlState) => [s.eventId ?? '', s.quoteId ?? '', ...s.actors].join(' ');

const parts = (url: string) => {
  const u = new URL(url, 'https://parley.example');
  return { pathname: u.pathname, search: u.search, hash: u.hash };
};

describe('parseUrlState', () => {
  it.each([
    ['/', DEFAULT_URL_STATE],
    ['/events/2025-08-18-white-house-meeting/', { ...DEFAULT_URL_STATE, eventId: '2025-08-18-white-house-meeting' }],
    ['/events/2025-08-18-white-house-meeting', { ...DEFAULT_URL_STATE, eventId: '2025-08-18-white-house-meeting' }],
    [
      '/?actors=vladimir-putin,donald-trump&match=all',
      { ...DEFAULT_URL_STATE, actors: ['donald-trump', 'vladimir-putin'], match: 'all' },
    ],
    ['/#quote-witkoff-game-changing', { ...DEFAULT_URL_STATE, quoteId: 'witkoff-game-changing' }],
    ['/?embed=1', { ...DEFAULT_URL_STATE, embed: true }],
    ['/?density=compact', { ...DEFAULT_URL_STATE, density: 'compact' }],
    [
      '/?topics=territory,ceasefire&topicmatch=all',
      { ...DEFAULT_URL_STATE, topics: ['ceasefire', 'territory'], topicMatch: 'all' },
    ],
    ['/?q=Rubio+sanctions', { ...DEFAULT_URL_STATE, q: 'Rubio sanctions' }],
    ['/?q=%20%20Zelensk%C3%BDi%0A%20', { ...DEFAULT_URL_STATE, q: 'Zelenskýi' }],
    ['/?view=positions', { ...DEFAULT_URL_STATE, display: 'positions' }],
  ])('reads %s', (url, expected) => {
    expect(parseUrlState(parts(url))).toEqual({ state: expected, problems: [] });
  });

  it('reads paths under a base path', () => {
    const { state } = parseUrlState(parts('/parley/events/2025-08-15-alaska-summit/'), '/parley/');
    expect(state.eventId).toBe('2025-08-15-alaska-summit');
  });

  it.each([
    ['/events/<script>alert(1)</script>/', 'bad-path'],
    ['/events/<img onerror=x>/', 'bad-event-id'],
    ['/events/%E0%A4%A/', 'bad-event-id'],
    ['/nothing/here', 'bad-path'],
    ['/?actors=donald-trump,<img src=x>', 'bad-actor-ids'],
    ['/?match=both', 'bad-match'],
    ['/#quote-"><svg>', 'bad-quote-id'],
    ['/?density=<b>', 'bad-density'],
    ['/?topics=ceasefire,<b>,weather', 'bad-topics'],
    ['/?topicmatch=some', 'bad-match'],
    ['/?view=<script>', 'bad-display'],
  ])('drops and reports a malformed %s', (url, kind) => {
    const { state, problems } = parseUrlState(parts(url));
    expect(problems.map((p) => p.kind)).toContain(kind);
    expect(strings(state)).not.toMatch(/[<>"]/);
  });

  it('ignores empty entries in the actors list instead of reporting them as unknown actors', () => {
    const { state, problems } = parseUrlState(parts('/?actors=,donald-trump,,'));
    expect(state.actors).toEqual(['donald-trump']);
    expect(problems).toEqual([]);
    expect(parseUrlState(parts('/?actors=,,,')).problems).toEqual([]);
  });
});

describe('formatUrlState', () => {
  it('omits defaults and sorts actors, so one view has one URL', () => {
    expect(formatUrlState({ ...DEFAULT_URL_STATE, actors: ['vladimir-putin', 'donald-trump'], match: 'all' })).toBe(
      '/?actors=donald-trump,vladimir-putin&match=all',
    );
    expect(formatUrlState(DEFAULT_URL_STATE, '/parley/')).toBe('/parley/');
    expect(
      formatUrlState({ ...DEFAULT_URL_STATE, eventId: '2025-08-15-alaska-summit', quoteId: 'q-1' }, '/parley/'),
    ).toBe('/parley/events/2025-08-15-alaska-summit/#quote-q-1');
    expect(formatUrlState({ ...DEFAULT_URL_STATE, q: 'what & why #1', topics: ['territory', 'ceasefire'] })).toBe(
      '/?q=what+%26+why+%231&topics=ceasefire,territory',
    );
    // "all" for topics means nothing without a topic, as for actors.
    expect(formatUrlState({ ...DEFAULT_URL_STATE, topicMatch: 'all' })).toBe('/');
  });

  it('keeps a search as text, cut to its longest length and never with control characters', () => {
    const long = 'x'.repeat(10_000);
    expect(parseUrlState(parts(`/?q=${long}`)).state.q).toHaveLength(200);
    expect(parseUrlState(parts('/?q=%00a%1Fb%7F')).state.q).toBe('a b');
    expect(parseUrlState(parts('/?q=%3Cimg%20src%3Dx%3E')).state.q).toBe('<img src=x>');
  });
});

const slug = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,3}$/);
const eventId = fc
  .tuple(fc.integer({ min: 1990, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), slug)
  .map(([y, m, d, s]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}-${s}`);
const topic = fc.constantFrom(...TOPICS);
/** Searches as the box keeps them: any text, normalised. */
const query = fc.string({ unit: 'grapheme', maxLength: 60 }).map(normaliseQuery);
const validState: fc.Arbitrary<UrlState> = fc
  .record({
    eventId: fc.option(eventId, { nil: null }),
    quoteId: fc.option(slug, { nil: null }),
    actors: fc.uniqueArray(slug, { maxLength: 6 }).map((a) => [...a].sort()),
    match: fc.constantFrom('any' as const, 'all' as const),
    topics: fc.uniqueArray(topic, { maxLength: 4 }).map((a) => [...a].sort()),
    topicMatch: fc.constantFrom('any' as const, 'all' as const),
    q: query,
    display: fc.constantFrom('timeline' as const, 'positions' as const),
    density: fc.constantFrom(null, 'detailed' as const, 'compact' as const),
    embed: fc.boolean(),
  })
  .map((s) => (s.actors.length === 0 ? { ...s, match: 'any' as const } : s))
  .map((s) => (s.topics.length === 0 ? { ...s, topicMatch: 'any' as const } : s));

describe('URL codec properties', () => {
  it('format then parse returns the same state (10,000 cases)', () => {
    fc.assert(
      fc.property(validState, fc.constantFrom('/', '/parley/', '/a/b/'), (state, base) => {
        const parsed = parseUrlState(parts(formatUrlState(state, base)), base);
        expect(parsed.problems).toEqual([]);
        expect(parsed.state).toEqual(state);
      }),
      { numRuns: 10_000 },
    );
  });

  it('parse never throws and never keeps markup, whatever the input (10,000 cases)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (path, search, hash) => {
        const { state } = parseUrlState({ pathname: `/${path}`, search: `?${search}`, hash: `#${hash}` });
        expect(strings(state)).not.toMatch(/[^a-z0-9 -]/);
      }),
      { numRuns: 10_000 },
    );
  });
});

/** Valid values of each view key, as a link can hold them. A key added to the table needs one here. */
const VALUES: { [K in keyof View]: fc.Arbitrary<UrlState[K]> } = {
  eventId: fc.option(eventId, { nil: null }),
  quoteId: fc.option(slug, { nil: null }),
  actors: fc.uniqueArray(slug, { minLength: 1, maxLength: 6 }).map((a) => [...a].sort()),
  match: fc.constantFrom('any' as const, 'all' as const),
  topics: fc.uniqueArray(topic, { minLength: 1, maxLength: 4 }).map((a) => [...a].sort()),
  topicMatch: fc.constantFrom('any' as const, 'all' as const),
  q: query,
  display: fc.constantFrom('timeline' as const, 'positions' as const),
  density: fc.constantFrom(null, 'detailed' as const, 'compact' as const),
  embed: fc.boolean(),
};
/** What a key's value needs beside it to be written ("all" means something only with actors or topics chosen). */
const NEEDS: Partial<Record<keyof View, Partial<UrlState>>> = {
  match: { actors: ['donald-trump'] },
  topicMatch: { topics: ['ceasefire'] },
};

describe('every row of the table of view keys', () => {
  it('has valid values to test with, and defaults that make the bare home page', () => {
    expect(VIEW_KEYS.map((k) => k.key).sort()).toEqual(Object.keys(VALUES).sort());
    expect(formatView(DEFAULT_VIEW)).toBe('/');
    expect(parseView({ pathname: '/', search: '', hash: '' })).toEqual({ view: DEFAULT_VIEW, problems: [] });
  });

  it.each(VIEW_KEYS.map((k) => [k.key, k] as const))(
    '%s: format then parse returns the value, under any base (1,000 cases)',
    (key) => {
      fc.assert(
        fc.property(VALUES[key] as fc.Arbitrary<unknown>, fc.constantFrom('/', '/parley/'), (value, base) => {
          const view = { ...DEFAULT_VIEW, ...NEEDS[key], [key]: value } as unknown as View;
          const parsed = parseView(parts(formatView(view, base)), base);
          expect(parsed.problems).toEqual([]);
          expect(parsed.view[key]).toEqual(value);
        }),
        { numRuns: 1_000 },
      );
    },
  );

  it.each(VIEW_KEYS.map((k) => [k.key, k] as const))(
    '%s: reading never throws and keeps only what its pattern allows (1,000 cases)',
    (_, k) => {
      fc.assert(
        fc.property(fc.string(), fc.string(), fc.string(), (path, value, fragment) => {
          const params = new URLSearchParams();
          if (k.place.in === 'query') params.set(k.place.name, value);
          const read = k.read({ path, params, fragment });
          // A search is free text (shown only as text, never as markup or a link): it is kept normalised.
          if (k.key === 'q') expect(read.value).toBe(normaliseQuery(value));
          else {
            const texts = [read.value].flat().filter((v) => typeof v === 'string');
            for (const text of texts) expect(text).toMatch(/^[a-z0-9-]*$/);
          }
        }),
        { numRuns: 1_000 },
      );
    },
  );
});
