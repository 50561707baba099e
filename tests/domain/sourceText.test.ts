import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/domain/schema.ts';
import { sourceSummaryText, sourceTitle, summariseSources } from '../../src/domain/sourceText.ts';

const source = (id: string, fields: Partial<Source>): Source =>
  ({ id, kind: 'news-report', title: `Headline ${id}`, ...fields }) as Source;

const ap = source('ap', {
  outlet: 'Associated Press',
  kind: 'wire',
  title: 'AP report on the call (headline not recorded)',
});
const apCopy = source('ap-copy', { outlet: 'chachara.club (forum repost)', copyOf: 'ap' as Source['id'] });
const reuters = source('reuters', { outlet: 'Reuters', title: 'Leaders meet' });
const tass = source('tass', { outlet: 'TASS' });
const bbc = source('bbc', { outlet: 'BBC' });
const origin = source('origin', {
  title: 'The article the project started from (outlet and headline unknown)',
  role: 'origin-article',
});
const byId = new Map([ap, apCopy, reuters, tass, bbc, origin].map((s) => [s.id, s]));
const originalOf = (s: Source) => (s.copyOf === undefined ? undefined : byId.get(s.copyOf));

describe('sourceTitle', () => {
  it('keeps a headline as a headline', () => {
    expect(sourceTitle(reuters)).toEqual({ text: 'Leaders meet', isHeadline: true });
  });

  it('shows a description without the note that its headline was not kept', () => {
    expect(sourceTitle(ap)).toEqual({ text: 'AP report on the call', isHeadline: false });
    expect(sourceTitle(origin)).toEqual({ text: 'The article the project started from', isHeadline: false });
    const official = source('wh', {
      kind: 'official-transcript',
      title: 'Transcript of the call (official title not recorded)',
    });
    expect(sourceTitle(official).text).toBe('Transcript of the call');
    const partial = source('p', { title: 'Statement by the President (headline from URL; not recorded in full)' });
    expect(sourceTitle(partial)).toEqual({ text: 'Statement by the President', isHeadline: false });
  });

  it('names a document with nothing but the note by its outlet and kind', () => {
    expect(sourceTitle(source('r', { outlet: 'Reuters', title: '(headline not recorded)' }))).toEqual({
      text: 'Reuters report',
      isHeadline: false,
    });
  });
});

describe('the footnote line', () => {
  const line = (sources: readonly Source[]) => sourceSummaryText(summariseSources(sources, originalOf));

  it('names the first two outlets and counts the rest', () => {
    expect(line([reuters, tass, bbc, ap])).toBe('Sources: Reuters, TASS, +2 more');
  });

  it('names a copy by its original’s outlet, once', () => {
    expect(line([ap, apCopy, reuters])).toBe('Sources: Associated Press, Reuters');
  });

  it('only counts the article the project started from, which has no outlet', () => {
    expect(line([origin, reuters])).toBe('Sources: Reuters, +1 more');
    expect(line([origin])).toBe('Source');
  });

  it('says "Source" for one', () => {
    expect(line([tass])).toBe('Source: TASS');
  });
});
