/** The search index: built from the dataset, published as JSON, loaded again, and asked. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../scripts/lib/readDataset.ts';
import { generateDataset, makeRandom } from '../../scripts/lib/generateDataset.ts';
import { compileDataset, indexDataset, type CompiledDataset } from '../../src/domain/dataset.ts';
import {
  buildSearch,
  expand,
  loadSearch,
  queryWords,
  search,
  SearchIndexError,
  withinEdits,
  type PublishedSearch,
} from '../../src/domain/search.ts';
import { foldText, highlightParts, searchCorpus } from '../../src/domain/searchText.ts';

const result = readDataset(join(import.meta.dirname, '..', '..', 'data'));
if (!result.ok) throw new Error('data/ does not validate; run npm run validate');
const compiled = compileDataset(result.dataset);
const dataset = indexDataset(compiled);

/** Published as the build publishes it: through JSON, so that nothing survives that the file would not carry. */
const publish = (c: CompiledDataset): PublishedSearch => JSON.parse(JSON.stringify(buildSearch(c))) as PublishedSearch;
const index = loadSearch(publish(compiled), dataset);

const eventsMatching = (word: RegExp) =>
  dataset.events.flatMap((e, i) => (word.test(foldText(`${e.title} ${e.summary}`)) ? [i] : []));

describe('foldText', () => {
  it('drops accents and case, and spells out letters NFD keeps whole', () => {
    expect(foldText('Zelenskyy')).toBe('zelenskyy');
    expect(foldText('Élysée Straße Łódź Ærø')).toBe('elysee strasse lodz aero');
    expect(foldText('Zelens\u0301kyy')).toBe('zelenskyy');
  });
});

describe('the search documents', () => {
  it('hold each event and quote once, and each actor, topic, place and source its events share', () => {
    const corpus = searchCorpus(compiled);
    expect(corpus.eventCount).toBe(compiled.events.length);
    expect(corpus.quoteCount).toBe(compiled.quotes.length);
    expect(corpus.docs.map((d) => d.id)).toEqual(corpus.docs.map((_, k) => k));
    expect(corpus.docs.length).toBe(corpus.eventCount + corpus.quoteCount + corpus.targets.length);
    expect(corpus.targets.filter((t) => 'actor' in t)).toHaveLength(compiled.actors.length);
    expect(corpus.targets.filter((t) => 'topic' in t)).toHaveLength(12);
  });
});

describe('search', () => {
  it('finds whole words in titles and summaries, events in time order', () => {
    const hits = search(index, 'sanctions');
    const expected = eventsMatching(/\bsanctions\b/);
    expect(expected.length).toBeGreaterThan(3);
    // Every event that says "sanctions" is found; others are found through the Sanctions topic.
    expect(hits.events).toEqual(expect.arrayContaining(expected));
    expect([...hits.events].sort((a, b) => a - b)).toEqual(hits.events);
    expect(hits.quotes.length).toBeGreaterThan(0);
    expect(hits.terms).toContain('sanctions');
  });

  it('matches a prefix: "zelensk" finds Zelenskyy, as his name and in the text', () => {
    const hits = search(index, 'zelensk');
    const his = dataset.eventsByActor.get('volodymyr-zelenskyy' as never) ?? [];
    expect(his.length).toBeGreaterThan(5);
    expect(hits.events).toEqual(expect.arrayContaining([...his]));
    expect(hits.terms).toContain('zelenskyy');
    expect(hits.quotes.some((id) => dataset.quoteById.get(id)?.speakerId === 'volodymyr-zelenskyy')).toBe(true);
  });

  it('folds the query too: accents and capitals change nothing', () => {
    expect(search(index, 'ZÉLENSKYY').events).toEqual(search(index, 'zelenskyy').events);
    expect(search(index, 'Elmendorf').events.length).toBeGreaterThan(0);
    expect(search(index, 'élmendorf').events).toEqual(search(index, 'Elmendorf').events);
  });

  it('finds an event by its place', () => {
    const elmendorf = compiled.places.find((p) => p.name.includes('Elmendorf'));
    const there = dataset.events.flatMap((e, i) => (e.placeId === elmendorf?.id ? [i] : []));
    expect(there.length).toBeGreaterThan(0);
    expect(search(index, 'elmendorf').events).toEqual(expect.arrayContaining(there));
  });

  it('tolerates a typo: one edit in a short word, two in a long one', () => {
    expect(search(index, 'sanctons').events).toEqual(expect.arrayContaining([...search(index, 'sanctions').events]));
    expect(search(index, 'sanctons').terms).toContain('sanctions');
    expect(search(index, 'zelenksyy').events).toEqual(expect.arrayContaining([...search(index, 'zelenskyy').events]));
    expect(search(index, 'elmendrof').events.length).toBeGreaterThan(0);
  });

  it('looks for near misses only for a word the index does not have', () => {
    expect(search(index, 'sanctions').terms).not.toContain('actions');
    expect(search(index, 'actions').terms).not.toContain('sanctions');
  });

  it('narrows with every word (AND), and ranks quotes that match more strongly first', () => {
    const both = search(index, 'sanctions rosneft');
    const one = search(index, 'rosneft');
    expect(both.events.length).toBeGreaterThan(0);
    expect(both.events.every((p) => one.events.includes(p))).toBe(true);
    expect(both.events.every((p) => search(index, 'sanctions').events.includes(p))).toBe(true);
    const rubio = search(index, 'rubio sanctions').quotes;
    expect(rubio.every((id) => dataset.quoteById.get(id) !== undefined)).toBe(true);
  });

  it('answers an empty query, and a query of stop words alone, with nothing', () => {
    expect(search(index, '')).toEqual({ events: [], quotes: [], terms: [] });
    expect(search(index, '   ')).toEqual({ events: [], quotes: [], terms: [] });
    expect(search(index, 'xylophonist').events).toEqual([]);
  });

  it('answers 10,000 random characters with nothing, and throws nothing', () => {
    const rnd = makeRandom(14);
    const text = Array.from({ length: 10_000 }, () => String.fromCodePoint(33 + rnd.int(0x2fff))).join('');
    const hits = search(index, text);
    expect(hits.events).toEqual([]);
    expect(hits.quotes).toEqual([]);
  });

  it('drops stop words but for the last, which may still be being typed', () => {
    expect(queryWords('the sanctions of')).toEqual(['sanctions', 'of']);
    expect(queryWords('A'.repeat(300))).toEqual(['a'.repeat(40)]);
  });

  it('is built for one dataset and refuses another', () => {
    const other = indexDataset(compileDataset(generateDataset(20, 1)));
    expect(() => loadSearch(publish(compiled), other)).toThrow(SearchIndexError);
  });

  it('works on a synthetic dataset: a number, a name and a shared source', () => {
    const synth = compileDataset(generateDataset(300, 7));
    const ds = indexDataset(synth);
    const idx = loadSearch(publish(synth), ds);
    const e42 = ds.events.findIndex((e) => e.title.startsWith('Synthetic event 42 '));
    expect(search(idx, 'event 42').events).toContain(e42);
    expect(search(idx, 'benchmark wire').events).toHaveLength(300);
    expect(search(idx, 'alder').events).toEqual([...(ds.eventsByActor.get('synthetic-alder' as never) ?? [])]);
  });
});

describe('expand', () => {
  const vocab = { vocabulary: ['sanction', 'sanctioned', 'sanctions', 'santa', 'zelenskyy'], lettered: [] as string[] };
  vocab.lettered = vocab.vocabulary;
  it('gives the word itself first, then the words it begins, then near misses', () => {
    expect([...expand(vocab, 'sanction').keys()]).toEqual(['sanction', 'sanctioned', 'sanctions']);
    expect([...expand(vocab, 'zelensky').keys()]).toEqual(['zelenskyy']);
    expect([...expand(vocab, 'zelenskiy').keys()]).toEqual(['zelenskyy']);
    expect([...expand(vocab, 'san').keys()]).toEqual(['sanction', 'sanctioned', 'sanctions', 'santa']);
    expect(expand(vocab, 'snt').size).toBe(0);
  });

  it('counts edits', () => {
    expect(withinEdits('kitten', 'sitting', 3)).toBe(true);
    expect(withinEdits('kitten', 'sitting', 2)).toBe(false);
    expect(withinEdits('', 'ab', 2)).toBe(true);
  });
});

describe('highlightParts', () => {
  it('marks the words whose folded form was matched, and joins back into the text', () => {
    const text = 'Zelenskyy met Trump; ZELENSKYY’s sanctions, Zelénskyy.';
    const parts = highlightParts(text, ['zelenskyy', 'sanctions']);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['Zelenskyy', 'ZELENSKYY', 'sanctions', 'Zelénskyy']);
    expect(parts.find((p) => p.text.includes('Trump'))?.hit).toBe(false);
  });

  it('leaves text alone when there is nothing to mark', () => {
    expect(highlightParts('Words.', [])).toEqual([{ text: 'Words.', hit: false }]);
    expect(highlightParts('', ['a'])).toEqual([{ text: '', hit: false }]);
    expect(highlightParts('Sanctionsx', ['sanctions'])).toEqual([{ text: 'Sanctionsx', hit: false }]);
  });
});
