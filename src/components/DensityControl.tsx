import type { Density } from '../domain/density.ts';
import { selectDensity } from '../store/selectors.ts';
import { useActions, useParley } from '../hooks/useParley.ts';
import { RadioChoice, type RadioOption } from './RadioChoice.tsx';

const OPTIONS: readonly RadioOption<Density>[] = [
  { value: 'detailed', label: 'Full cards' },
  { value: 'compact', label: 'Compact list' },
];

/** Full cards or a compact list (title, time, who); a compact event opens in full when selected. */
export function DensityControl() {
  const density = useParley(selectDensity);
  const { setDensity } = useActions();
  return (
    <RadioChoice
      legend="Show events as"
      options={OPTIONS}
      value={density}
      onChange={setDensity}
      className="density-control"
    />
  );
}
