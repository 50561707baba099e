import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, formatUrlState, parseUrlState, type UrlState } from '../../src/domain/urlState.ts';

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
  });
});

const slug = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,3}$/);
const eventId = fc
  .tuple(fc.integer({ min: 1990, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), slug)
  .map(([y, m, d, s]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}-${s}`);
const validState: fc.Arbitrary<UrlState> = fc
  .record({
    eventId: fc.option(eventId, { nil: null }),
    quoteId: fc.option(slug, { nil: null }),
    actors: fc.uniqueArray(slug, { maxLength: 6 }).map((a) => [...a].sort()),
    match: fc.constantFrom('any' as const, 'all' as const),
    embed: fc.boolean(),
  })
  .map((s) => (s.actors.length === 0 ? { ...s, match: 'any' as const } : s));

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
