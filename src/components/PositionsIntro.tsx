import type { Dataset } from '../domain/dataset.ts';
import { formatShortDate } from '../domain/format.ts';

/** What the marks are and whose reading they are: said before the table, on screen and in print. */
export function PositionsIntro({ dataset }: { readonly dataset: Dataset }) {
  const { dayOf, days } = dataset.columns;
  const first = days[dayOf[0] ?? -1];
  const last = days[dayOf[dataset.count - 1] ?? -1];
  return (
    <p className="positions-intro">
      Each mark is one quote’s stance on a topic, placed by the date it was said
      {first !== undefined && last !== undefined && (
        <>
          {' '}
          on a strip from <time dateTime={first}>{formatShortDate(first)}</time> to{' '}
          <time dateTime={last}>{formatShortDate(last)}</time>
        </>
      )}
      . The stances are Parley’s editorial reading of the quoted words, not the speakers’ own labels: open a cell to
      read the words themselves, with their events and sources.
    </p>
  );
}
