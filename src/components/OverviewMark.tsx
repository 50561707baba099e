import type { MarkKind } from '../domain/overviewMarks.ts';

interface Props {
  readonly kind: MarkKind | null;
  readonly x: number;
  readonly y: number;
  /** Half the mark's size. */
  readonly r: number;
}

/**
 * The shape of one mark: a disc for a meeting, a ring for a call, a triangle for a statement, a square
 * for a decision or document, a hollow diamond for any other kind; a short bar while the kind of its
 * events is not known yet.
 */
export function OverviewMark({ kind, x, y, r }: Props) {
  switch (kind) {
    case 'meeting':
      return <circle className="mark-shape" cx={x} cy={y} r={r} />;
    case 'call':
      return <circle className="mark-shape mark-hollow" cx={x} cy={y} r={r - 0.75} />;
    case 'statement':
      return (
        <path
          className="mark-shape"
          d={`M${round(x)} ${round(y - r)}L${round(x + r)} ${round(y + r * 0.8)}H${round(x - r)}Z`}
        />
      );
    case 'decision':
      return (
        <rect
          className="mark-shape"
          x={round(x - r * 0.85)}
          y={round(y - r * 0.85)}
          width={round(r * 1.7)}
          height={round(r * 1.7)}
        />
      );
    case 'other':
      // Corner to corner as wide as the disc, so that a thin outline holds its own beside the filled shapes.
      return (
        <path
          className="mark-shape mark-hollow"
          d={`M${round(x)} ${round(y - r)}L${round(x + r)} ${round(y)}L${round(x)} ${round(y + r)}L${round(x - r)} ${round(y)}Z`}
        />
      );
    default:
      return <rect className="mark-shape" x={round(x - 1)} y={round(y - r)} width={2} height={round(2 * r)} />;
  }
}

const round = (v: number) => Math.round(v * 100) / 100;
