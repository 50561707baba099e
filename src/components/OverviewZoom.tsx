import type { Period } from '../domain/periods.ts';
import { formatCount } from '../domain/format.ts';
import { useParley } from '../hooks/useParley.ts';
import { selectRange } from '../store/selectors.ts';

interface Props {
  /** A prefix for the ids inside, unique on the page. */
  readonly id: string;
  /** The periods the span on view splits into, each with its visible events. */
  readonly periods: readonly (Period & { readonly count: number })[];
  /** The span on view, or null for the whole timeline. */
  readonly span: ZoomSpan | null;
  readonly canZoomIn: boolean;
  readonly onAll: () => void;
  readonly onPeriod: (period: Period) => void;
  /** Zooms by `factor` around the stretch on screen (`range`, when known). */
  readonly onZoom: (factor: number, range: readonly [number, number] | null) => void;
}

/** A span the overview is zoomed to, with its name: a period's, or its dates. */
export interface ZoomSpan {
  readonly from: number;
  readonly to: number;
  readonly label: string;
}

const events = (n: number) => `${formatCount(n)} ${n === 1 ? 'event' : 'events'}`;

/**
 * Zooming the overview: the whole timeline, a period (the timeline scrolls to its first event), or in
 * and out around the middle. The pressed button says which span is on view; the periods after it
 * are the ones it splits into, so years lead to quarters, months, weeks and days.
 */
export function OverviewZoom({ id, periods, span, canZoomIn, onAll, onPeriod, onZoom }: Props) {
  // Read here rather than by the chart, so that scrolling re-renders these buttons, not the chart.
  const range = useParley(selectRange);
  return (
    <div className="overview-zoom">
      <h3 id={`${id}-heading`} className="jump-heading">
        Zoom to
      </h3>
      <ul className="jump-list" aria-labelledby={`${id}-heading`}>
        <li>
          <button type="button" className="button jump-button" aria-pressed={span === null} onClick={onAll}>
            All
          </button>
        </li>
        {span !== null && (
          <li>
            <button type="button" className="button jump-button" aria-pressed="true">
              {span.label}
            </button>
          </li>
        )}
        {periods.map((p) => (
          <li key={p.from}>
            <button
              type="button"
              className="button jump-button"
              aria-pressed="false"
              disabled={p.count === 0}
              onClick={() => onPeriod(p)}
              // The count is for listeners; a hidden span would be read as a separate piece, after a pause.
              aria-label={`${p.label}, ${events(p.count)}`}
            >
              {p.label}
            </button>
          </li>
        ))}
        <li className="zoom-steps">
          <button type="button" className="button jump-button" disabled={!canZoomIn} onClick={() => onZoom(0.5, range)}>
            Zoom in
          </button>
          <button
            type="button"
            className="button jump-button"
            disabled={span === null}
            onClick={() => onZoom(2, range)}
          >
            Zoom out
          </button>
        </li>
      </ul>
    </div>
  );
}
