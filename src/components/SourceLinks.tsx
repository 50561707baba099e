import type { Source, SourceId } from '../domain/schema.ts';
import { selectDataset } from '../store/selectors.ts';
import { useParley } from '../hooks/useParley.ts';

interface Props {
  readonly sourceIds: readonly SourceId[];
}

/** Labels that change how far a source can be trusted, in words rather than icons. */
function qualifiers(source: Source, original: Source | undefined): string[] {
  const out: string[] = [];
  if (source.stateMedia === true) out.push('(state media)');
  if (original !== undefined) out.push(`(copy of ${original.outlet ?? original.title})`);
  if (source.role === 'origin-article') out.push('— the article this timeline started from');
  return out;
}

/** The cited sources, numbered: outlet, title (a link only where we have a URL read from the source). */
export function SourceLinks({ sourceIds }: Props) {
  const dataset = useParley(selectDataset);
  if (dataset === null) return null;
  // Validation guarantees every id resolves; the filter only satisfies the type.
  const sources = sourceIds.flatMap((id) => dataset.sourceById.get(id) ?? []);
  return (
    <ol className="source-links">
      {sources.map((s) => {
        const original = s.copyOf === undefined ? undefined : dataset.sourceById.get(s.copyOf);
        return (
          <li key={s.id}>
            <span className="source-outlet">{s.outlet ?? 'outlet not known'}</span>:{' '}
            {s.url === undefined ? (
              <cite>{s.title}</cite>
            ) : (
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                <cite>{s.title}</cite>
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            )}
            {qualifiers(s, original).map((q) => (
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
