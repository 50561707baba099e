import { useId } from 'react';

export interface RadioOption<T extends string> {
  readonly value: T;
  readonly label: string;
}

interface Props<T extends string> {
  readonly legend: string;
  readonly options: readonly RadioOption<T>[];
  readonly value: T;
  readonly onChange: (value: T) => void;
  readonly className?: string;
}

/** A labelled group of radio buttons on one line (the filter's any/all, the timeline's density). */
export function RadioChoice<T extends string>({ legend, options, value, onChange, className }: Props<T>) {
  // Unique per instance so two groups on one page never share a radio group.
  const name = useId();
  return (
    <fieldset className={className === undefined ? 'match-mode' : `match-mode ${className}`}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="match-mode-option">
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
