import type { Density } from '../domain/density';
import { selectDensity } from '../store/selectors';
import { setDensity, useTimelineStore } from '../store/timelineStore';
import { RadioChoice, type RadioOption } from './RadioChoice';

const OPTIONS: readonly RadioOption<Density>[] = [
  { value: 'detailed', label: 'Full cards' },
  { value: 'compact', label: 'Compact list' },
];

/** Full cards or a compact list (title, time, who); a compact event opens in full when selected. */
export function DensityControl() {
  const density = useTimelineStore(selectDensity);
  return <RadioChoice legend="Show events as" options={OPTIONS} value={density} onChange={setDensity} className="density-control" />;
}
