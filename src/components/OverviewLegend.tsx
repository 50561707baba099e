import { MARK_KIND_LABEL, MARK_KINDS } from '../domain/overviewMarks.ts';
import { OverviewMark } from './OverviewMark.tsx';

/** What the shapes, sizes and faint marks mean; the chart's colour carries nothing of its own. */
export function OverviewLegend({ unknownKinds }: { readonly unknownKinds: boolean }) {
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
