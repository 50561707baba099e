import type { Display } from '../domain/view.ts';
import { useActions, useParley } from '../hooks/useParley.ts';

const DISPLAYS: readonly { readonly value: Display; readonly label: string }[] = [
  { value: 'timeline', label: 'Timeline' },
  { value: 'positions', label: 'Positions' },
];

/**
 * The timeline or the positions table (`?view=positions`): two toggle buttons, the one on view
 * pressed. Buttons rather than tabs: each shows the same view of the data, with its own address.
 */
export function DisplayToggle() {
  const display = useParley((s) => s.view.display);
  const { setDisplay } = useActions();
  return (
    <div className="display-toggle" role="group" aria-label="Show the events as">
      {DISPLAYS.map((d) => (
        <button
          key={d.value}
          type="button"
          className="display-toggle-button"
          aria-pressed={display === d.value}
          onClick={() => setDisplay(d.value)}
        >
          {d.label}
        </button>
      ))}
    </div>
  );
}
