import type { Disagreement } from '../domain/schema.ts';
import { SourceLinks } from './SourceLinks.tsx';

const FROM_LABEL = { article: 'The article says', sources: 'Other sources say' } as const;

/** Where the article and other sources disagree: both accounts, labelled, with our assessment. */
export function DisagreementNote({ disagreement }: { disagreement: Disagreement }) {
  return (
    <details className="disagreement">
      <summary>Sources disagree: {disagreement.about}</summary>
      <dl>
        {disagreement.accounts.map((a, i) => (
          <div key={i}>
            <dt>{FROM_LABEL[a.from]}</dt>
            <dd>
              {a.says}
              <SourceLinks sourceIds={a.sourceIds} />
            </dd>
          </div>
        ))}
        <div>
          <dt>Assessment</dt>
          <dd>{disagreement.assessment}</dd>
        </div>
      </dl>
    </details>
  );
}
