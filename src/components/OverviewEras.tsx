import { memo } from 'react';
import type { ScaleTime } from 'd3-scale';
import type { Era } from '../domain/schema.ts';
import { DAY_MS } from '../domain/time.ts';

/** The strip above the lanes that holds the eras' names. */
export const ERA_LABEL_H = 14;

interface Props {
  readonly eras: readonly Era[];
  readonly scale: ScaleTime<number, number>;
  /** Left edge of the plot, in pixels. */
  readonly left: number;
  /** Top of the names' strip; the bands run from there to `bottom`. */
  readonly top: number;
  readonly bottom: number;
}

/** About the width of a character of the labels (--text-xs in the system font), to cut a name to its band. */
const CHAR_W = 6.2;

/** The name cut to `width` pixels with an ellipsis, or nothing where not even a few letters fit. */
function fitted(title: string, width: number): string {
  const room = Math.floor((width - 6) / CHAR_W);
  if (room >= title.length) return title;
  return room < 4 ? '' : `${title.slice(0, room - 1).trimEnd()}…`;
}

/**
 * The timeline's eras (timeline.json) as bands behind the lanes, each named in the strip above
 * them and edged by a rule where it begins, every other one tinted: the names and rules tell them
 * apart, not the tint. Hidden from screen readers, which read the eras in the legend instead. An
 * era's dates are whole days in UTC: it runs from the start of `from` to the end of `to`.
 */
export const OverviewEras = memo(function OverviewEras({ eras, scale, left, top, bottom }: Props) {
  const [x0, x1] = scale.range() as [number, number];
  return (
    <g className="overview-eras" aria-hidden="true">
      {eras.map((era, k) => {
        const a = Math.max(x0, scale(Date.parse(`${era.from}T00:00:00Z`)));
        const b = Math.min(x1, scale(Date.parse(`${era.to}T00:00:00Z`) + DAY_MS));
        if (!(b > a)) return null;
        const label = fitted(era.title, b - a);
        return (
          <g key={`${era.from}-${era.title}`}>
            <rect
              className={k % 2 === 0 ? 'era-band' : 'era-band is-alternate'}
              x={left + a}
              y={top}
              width={b - a}
              height={bottom - top}
            />
            <line className="era-edge" x1={left + a} x2={left + a} y1={top} y2={bottom} />
            {label !== '' && (
              <text className="era-label" x={left + a + 3} y={top + ERA_LABEL_H - 3}>
                {label}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
});
