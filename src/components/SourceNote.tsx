import type { Source, SourceId } from '../domain/schema.ts';
import { sourceSummaryText, summariseSources } from '../domain/sourceText.ts';
import { selectDataset } from '../store/selectors.ts';
import { useParley } from '../hooks/useParley.ts';
import { SourceLinks } from './SourceLinks.tsx';

/**
 * An event's sources as a footnote: one quiet line ("Sources: Associated Press, Reuters, +3 more")
 * that opens into the full numbered list. A disclosure, so the list opens without JavaScript too.
 */
export function SourceNote({ sourceIds }: { sourceIds: readonly SourceId[] }) {
  const dataset = useParley(selectDataset);
  if (dataset === null || sourceIds.length === 0) return null;
  const sources = sourceIds.flatMap((id) => dataset.sourceById.get(id) ?? []);
  const originalOf = (s: Source) => (s.copyOf === undefined ? undefined : dataset.sourceById.get(s.copyOf));
  return (
    <details className="source-note">
      <summary>{sourceSummaryText(summariseSources(sources, originalOf))}</summary>
      <SourceLinks sourceIds={sourceIds} />
    </details>
  );
}
