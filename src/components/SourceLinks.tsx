import type { Source, SourceId } from '../domain/schema.ts';
import { sourceTitle } from '../domain/sourceText.ts';
import { selectDataset } from '../store/selectors.ts';
import { useParley } from '../hooks/useParley.ts';

interface Props {
  readonly sourceIds: readonly SourceId[];
}

/** Labels that change how far a source can be trusted, in words rather than icons. */
function qualifiers(source: Source, original: Source | undefined, title: string): string[] {
  const out: string[] = [];
  if (source.stateMedia === true) out.push('(state media)');
  if (original !== undefined) out.push(`(copy of ${original.outlet ?? sourceTitle(original).text})`);
  // Said once, on its own line, unless its description already says so.
  if (source.role === 'origin-article' && !/started from/i.test(title))
    out.push('(the article the project started from)');
  return out;
}

/**
 * The cited sources, numbered: outlet, then the headline (a link only where we have a URL read from
 * the source), or what the document is where its headline was not kept.
 */
export function SourceLinks({ sourceIds }: Props) {
  const dataset = useParley(selectDataset);
  if (dataset === null) return null;
  // Validation guarantees every id resolves; the filter only satisfies the type.
  const sources = sourceIds.flatMap((id) => dataset.sourceById.get(id) ?? []);
  return (
    <ol className="source-links">
      {sources.map((s) => {
        const original = s.copyOf === undefined ? undefined : dataset.sourceById.get(s.copyOf);
        const title = sourceTitle(s);
        const text = title.isHeadline ? <cite>{title.text}</cite> : title.text;
        return (
          <li key={s.id}>
            {s.outlet !== undefined && !title.text.startsWith(s.outlet) && (
              <>
                <span className="source-outlet">{s.outlet}</span>:{' '}
              </>
            )}
            {s.url === undefined ? (
              text
            ) : (
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {text}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            )}
            {qualifiers(s, original, title.text).map((q) => (
              <span key={q} className="source-qualifier">
                {' '}
                {q}
              </span>
            ))}
          </li>
        );
      })}
    </ol>
  );
}
