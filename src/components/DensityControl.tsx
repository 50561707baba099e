import type { Density } from '../domain/density';
import { selectDensity } from '../store/selectors';
import { setDensity, useTimelineStore } from '../store/timelineStore';

const CHOICES: readonly { readonly value: Density; readonly label: string }[] = [
  { value: 'detailed', label: 'Full cards' },
  { value: 'compact', label: 'Compact list' },
];

/** Full cards or a compact list (title, time, who); a compact event opens in full when selected. */
export function DensityControl() {
  const density = useTimelineStore(selectDensity);
  return (
    <fieldset className="match-mode density-control">
      <legend>Show events as</legend>
      {CHOICES.map((c) => (
        <label key={c.value} className="match-mode-option">
          <input type="radio" name="density" value={c.value} checked={density === c.value} onChange={() => setDensity(c.value)} />
          {c.label}
        </label>
      ))}
    </fieldset>
  );
}
