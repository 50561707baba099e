import { STANCE_MEANING, STANCE_ORDER } from '../domain/stanceText.ts';
import { StanceShape } from './StanceMark.tsx';

/** The key to the marks: each stance's shape, its word and what it means. */
export function StanceKey() {
  return (
    <div className="stance-key">
      <h3>What the marks say: the speaker…</h3>
      <dl>
        {STANCE_ORDER.map((s) => (
          <div key={s}>
            <dt>
              <StanceShape stance={s} />
              {s}
            </dt>
            <dd>{STANCE_MEANING[s]}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
