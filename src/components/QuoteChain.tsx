import type { AttributionHop } from '../domain/schema.ts';

/** How each hop passed the words on. */
export const RELATION_LABEL: Record<AttributionHop['relation'], string> = {
  'said-on': 'said on',
  'posted-on': 'posted on',
  'said-to': 'said to',
  'transcribed-by': 'transcribed by',
  'quoted-by': 'quoted by',
  'repeated-by': 'repeated by',
  'paraphrased-by': 'paraphrased by',
};

interface Props {
  readonly chain: readonly AttributionHop[];
}

/**
 * The reporting chain as one line: "said on CNN → quoted by Associated Press → repeated by the
 * article". An ordered list, because the order of the hops is the point.
 */
export function QuoteChain({ chain }: Props) {
  return (
    <ol className="quote-chain">
      {chain.map((hop, i) => (
        <li key={i}>
          {i > 0 && <span aria-hidden="true"> → </span>}
          {RELATION_LABEL[hop.relation]} {hop.by}
        </li>
      ))}
    </ol>
  );
}
