import type { MatchMode } from '../domain/filter.ts';
import { selectFilters } from '../store/selectors.ts';
import { useActions, useParley } from '../hooks/useParley.ts';
import { RadioChoice, type RadioOption } from './RadioChoice.tsx';

/** Which filter the choice belongs to: the actors' `match` or the topics' `topicMatch`. */
export type MatchSubject = 'actors' | 'topics';

const CHOICES: Record<MatchSubject, { legend: string; options: readonly RadioOption<MatchMode>[] }> = {
  actors: {
    legend: 'Show events with',
    options: [
      { value: 'any', label: 'any chosen actor' },
      { value: 'all', label: 'all chosen actors' },
    ],
  },
  topics: {
    legend: 'Show events on',
    options: [
      { value: 'any', label: 'any chosen topic' },
      { value: 'all', label: 'all chosen topics' },
    ],
  },
};

interface Props {
  readonly subject: MatchSubject;
}

/** Whether an event must involve any or all of the chosen actors (or name any or all of the chosen topics). */
export function MatchModeControl({ subject }: Props) {
  const filters = useParley(selectFilters);
  const { setMatch, setTopicMatch } = useActions();
  const { legend, options } = CHOICES[subject];
  return subject === 'actors' ? (
    <RadioChoice legend={legend} options={options} value={filters.match} onChange={setMatch} />
  ) : (
    <RadioChoice legend={legend} options={options} value={filters.topicMatch} onChange={setTopicMatch} />
  );
}
