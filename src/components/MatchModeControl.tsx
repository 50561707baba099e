import { useId } from 'react';
import type { MatchMode } from '../domain/filter';
import { selectFilters } from '../store/selectors';
import { setMatch, useTimelineStore } from '../store/timelineStore';

const OPTIONS: readonly { readonly mode: MatchMode; readonly label: string }[] = [
  { mode: 'any', label: 'any chosen actor' },
  { mode: 'all', label: 'all chosen actors' },
];

/** Whether an event must involve any or all of the chosen actors. */
export function MatchModeControl() {
  const match = useTimelineStore(selectFilters).match;
  // Unique per instance so two filters on one page do not share a radio group.
  const name = useId();
  return (
    <fieldset className="match-mode">
      <legend>Show events with</legend>
      {OPTIONS.map(({ mode, label }) => (
        <label key={mode} className="match-mode-option">
          <input type="radio" name={name} value={mode} checked={match === mode} onChange={() => setMatch(mode)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
