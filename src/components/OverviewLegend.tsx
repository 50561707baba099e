import { formatShortDate } from '../domain/format.ts';
import { MARK_KIND_LABEL, MARK_KINDS } from '../domain/overviewMarks.ts';
import type { Era } from '../domain/schema.ts';
import { OverviewMark } from './OverviewMark.tsx';

interface Props {
  readonly unknownKinds: boolean;
  /** The timeline's eras, drawn as bands: named here with their dates, the chart's text alternative for them. */
  readonly eras?: readonly Era[];
}

/** What the shapes, sizes and faint marks mean; the chart's colour carries nothing of its own. */
export function OverviewLegend({ unknownKinds, eras = [] }: Props) {
  return (
    <>
      <Kinds unknownKinds={unknownKinds} />
      {eras.length > 0 && (
        <p className="overview-era-list">
          Eras:{' '}
          {eras.map((era, k) => (
            <span key={`${era.from}-${era.title}`}>
              {k > 0 && '; '}
              {era.title} (<time dateTime={era.from}>{formatShortDate(era.from)}</time> –{' '}
              <time dateTime={era.to}>{formatShortDate(era.to)}</time>)
            </span>
          ))}
          .
        </p>
      )}
    </>
  );
}

function Kinds({ unknownKinds }: { readonly unknownKinds: boolean }) {
  return (
    <ul className="overview-legend" aria-label="Legend">
      {MARK_KINDS.map((kind) => (
        <li key={kind}>
          <Swatch>
            <OverviewMark kind={kind} x={7} y={7} r={4.5} />
          </Swatch>
          {MARK_KIND_LABEL[kind]}
        </li>
      ))}
      {unknownKinds && (
        <li>
          <Swatch>
            <OverviewMark kind={null} x={7} y={7} r={4.5} />
          </Swatch>
          Still loading
        </li>
      )}
      <li>
        <Swatch>
          <OverviewMark kind="meeting" x={7} y={7} r={6} />
        </Swatch>
        Several events
      </li>
      <li>
        <Swatch faint>
          <OverviewMark kind="meeting" x={7} y={7} r={4.5} />
        </Swatch>
        Outside the filters
      </li>
    </ul>
  );
}

function Swatch({ children, faint = false }: { readonly children: React.ReactNode; readonly faint?: boolean }) {
  return (
    <svg className={faint ? 'legend-swatch is-outside' : 'legend-swatch'} width={14} height={14} aria-hidden="true">
      {children}
    </svg>
  );
}
