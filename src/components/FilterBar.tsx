import { useRef, useState } from 'react';
import { selectFilters } from '../store/selectors.ts';
import { useParley } from '../hooks/useParley.ts';
import { FilterSheet } from './FilterSheet.tsx';
import { ResultCount } from './ResultCount.tsx';

/**
 * On phones: a bar that stays at the top of the screen with the result count and a "Filters" button
 * that opens the filters in a sheet (it says how many actors and topics are chosen). Hidden on wider screens, where the sidebar holds the filters.
 */
export function FilterBar() {
  const filters = useParley(selectFilters);
  // Actors and topics chosen: the choices the sheet holds (a search has its own box).
  const chosen = filters.actors.length + filters.topics.length;
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const closed = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  return (
    <div className="filter-bar">
      <ResultCount />
      <button
        ref={buttonRef}
        type="button"
        className="button filter-bar-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}
      >
        Filters
        {chosen > 0 && (
          <>
            <span className="filter-bar-chosen" aria-hidden="true">
              {chosen}
            </span>
            <span className="visually-hidden">{`, ${chosen} chosen`}</span>
          </>
        )}
      </button>
      {open && <FilterSheet onClose={closed} />}
    </div>
  );
}
