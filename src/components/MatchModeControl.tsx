import type { MatchMode } from '../domain/filter.ts';
import { selectFilters } from '../store/selectors.ts';
import { useActions, useParley } from '../hooks/useParley.ts';
import { RadioChoice, type RadioOption } from './RadioChoice.tsx';

const OPTIONS: readonly RadioOption<MatchMode>[] = [
  { value: 'any', label: 'any chosen actor' },
  { value: 'all', label: 'all chosen actors' },
];

/** Whether an event must involve any or all of the chosen actors. */
export function MatchModeControl() {
  const match = useParley(selectFilters).match;
  const { setMatch } = useActions();
  return <RadioChoice legend="Show events with" options={OPTIONS} value={match} onChange={setMatch} />;
}
