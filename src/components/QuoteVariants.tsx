import type { Quote } from '../domain/schema.ts';
import { SourceLinks } from './SourceLinks.tsx';

interface Props {
  readonly variants: NonNullable<Quote['variants']>;
}

/** Other wordings of the same remark, each with who printed it. */
export function QuoteVariants({ variants }: Props) {
  return (
    <ul className="quote-variants">
      {variants.map((v, i) => (
        <li key={i}>
          <blockquote>
            <p>{v.text}</p>
          </blockquote>
          {v.note !== undefined && <p className="quote-variant-note">{v.note}</p>}
          <SourceLinks sourceIds={v.sourceIds} />
        </li>
      ))}
    </ul>
  );
}
