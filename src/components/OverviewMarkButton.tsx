import { memo, type KeyboardEvent } from 'react';
import type { MarkKind } from '../domain/overviewMarks.ts';
import { OverviewMark } from './OverviewMark.tsx';

/** What every mark does with the reader's input: one object for the chart's life, so marks can be memoised. */
export interface MarkHandlers {
  open(lane: number, index: number): void;
  key(e: KeyboardEvent<SVGGElement>, lane: number, index: number): void;
  focus(lane: number, index: number, name: string): void;
  blur(): void;
  hover(name: string | null): void;
  register(lane: number, index: number, el: SVGGElement | null): void;
}

interface Props {
  readonly lane: number;
  readonly index: number;
  readonly name: string;
  readonly kind: MarkKind | null;
  /** The column's left edge and width, the shape's centre and half-size. */
  readonly x: number;
  readonly width: number;
  readonly top: number;
  readonly height: number;
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
  readonly outside: boolean;
  readonly active: boolean;
  readonly selected: boolean;
  readonly on: MarkHandlers;
}

/**
 * One mark: a button (in SVG, which has no button element) named for its events. Memoised on plain
 * values, so when a chunk of details arrives only the marks whose kind or name changed are redrawn.
 */
export const OverviewMarkButton = memo(function OverviewMarkButton(p: Props) {
  const { lane, index, name, on } = p;
  return (
    <g
      ref={(el) => on.register(lane, index, el)}
      role="button"
      tabIndex={p.active ? 0 : -1}
      aria-label={name}
      aria-current={p.selected ? 'true' : undefined}
      className={`overview-mark${p.outside ? ' is-outside' : ''}${p.selected ? ' is-selected' : ''}`}
      onClick={(e) => {
        e.stopPropagation();
        on.open(lane, index);
      }}
      onKeyDown={(e) => on.key(e, lane, index)}
      onFocus={() => on.focus(lane, index, name)}
      onBlur={() => on.blur()}
      onPointerEnter={() => on.hover(name)}
      onPointerLeave={() => on.hover(null)}
    >
      {/* A wider target than the shape, so a mark is easy to hit. */}
      <rect className="mark-hit" x={p.x} y={p.top} width={p.width} height={p.height} />
      <OverviewMark kind={p.kind} x={p.cx} y={p.cy} r={p.r} />
    </g>
  );
});
