/**
 * How a cited source reads to a reader: a name for the footnote line ("Sources: AP, Reuters, +3 more")
 * and a line for the numbered list. Titles in the dataset that only describe a document whose
 * headline was not kept ("AP report on … (headline not recorded)") are shown as descriptions, without
 * the note: the note is for the people keeping the data, not for readers.
 */
import type { Source, SourceKind } from './schema.ts';

/**
 * A trailing "(headline not recorded)", "(official title not recorded)", "(outlet and headline unknown)",
 * "(headline from URL; not recorded in full)".
 */
const UNKNOWN_NOTE = /\s*\([^()]*\b(?:not recorded|unknown)\b[^()]*\)\s*$/i;

/** What a document of each kind is called after its outlet: "Reuters report", "White House transcript". */
const KIND_NOUN: Record<SourceKind, string> = {
  'official-transcript': 'transcript',
  'official-statement': 'statement',
  wire: 'report',
  'news-report': 'report',
  'social-post': 'post',
  broadcast: 'broadcast',
  'web-page': 'page',
  'imported-timeline': 'timeline',
};

export interface SourceTitle {
  /** The headline, or a description of the document where its headline is not known. */
  readonly text: string;
  /** True when `text` is the document's own headline (shown as a `<cite>`). */
  readonly isHeadline: boolean;
}

/** The source's headline, or what it is: its description without the note, else outlet and kind ("Reuters report"). */
export function sourceTitle(source: Source): SourceTitle {
  const text = source.title.replace(UNKNOWN_NOTE, '');
  if (text === source.title) return { text, isHeadline: true };
  if (text !== '') return { text, isHeadline: false };
  const outlet = source.outlet ?? 'Untitled';
  return { text: `${outlet} ${KIND_NOUN[source.kind]}`, isHeadline: false };
}

/** The outlet a source is named by on the footnote line: a copy goes by its original's outlet where known. */
export function footnoteName(source: Source, original: Source | undefined): string | undefined {
  return original?.outlet ?? source.outlet;
}

export interface SourceSummary {
  /** Distinct outlet names, at most `max`, in the order the sources are cited. */
  readonly names: readonly string[];
  /** How many of the sources are not covered by `names` (shown as "+3 more"). */
  readonly more: number;
  /** How many sources there are. */
  readonly total: number;
}

/**
 * The footnote line's content for `sources`: the first `max` distinct outlets, and how many sources
 * are left. A source without an outlet (the article the project started from) is only counted: it is
 * named on its own line of the full list.
 */
export function summariseSources(
  sources: readonly Source[],
  originalOf: (source: Source) => Source | undefined,
  max = 2,
): SourceSummary {
  const names: string[] = [];
  let covered = 0;
  for (const s of sources) {
    const name = footnoteName(s, originalOf(s));
    if (name === undefined) continue;
    if (!names.includes(name)) {
      if (names.length >= max) continue;
      names.push(name);
    }
    covered++;
  }
  return { names, more: sources.length - covered, total: sources.length };
}

/** "Sources: AP, Reuters, +3 more", "Source: Reuters", "Sources (2)". */
export function sourceSummaryText({ names, more, total }: SourceSummary): string {
  const label = total === 1 ? 'Source' : 'Sources';
  if (names.length === 0) return total === 1 ? label : `${label} (${total})`;
  return `${label}: ${names.join(', ')}${more > 0 ? `, +${more} more` : ''}`;
}
