import { useId, useRef, useState } from 'react';
import { selectQuery } from '../store/searchSlice.ts';
import { selectFilters } from '../store/selectors.ts';
import { PHONE_QUERY } from '../hooks/mediaQueries.ts';
import { useMediaQuery } from '../hooks/useMediaQuery.ts';
import { useParley } from '../hooks/useParley.ts';
import { FilterSheet } from './FilterSheet.tsx';
import { ResultCount } from './ResultCount.tsx';
import { SearchBox } from './SearchBox.tsx';

/**
 * On phones: a bar that stays at the top of the screen with the result count, a "Search" button that
 * opens the search box in the bar (shown whenever a search is set), and a "Filters" button that
 * opens the filters in a sheet (it says how many actors and topics are chosen). The search takes no
 * room on the first screen until it is wanted. Hidden on wider screens, where the top bar holds the
 * search and the sidebar the filters.
 */
export function FilterBar() {
  const filters = useParley(selectFilters);
  // Actors and topics chosen: the choices the sheet holds (a search has its own box).
  const chosen = filters.actors.length + filters.topics.length;
  const [open, setOpen] = useState(false);
  const q = useParley(selectQuery);
  const [searching, setSearching] = useState(false);
  const searchId = useId();
  // One search box on the page at a time: on phones it is this one, elsewhere the top bar's.
  const phone = useMediaQuery(PHONE_QUERY);
  const showSearch = phone && (searching || q !== '');
  const buttonRef = useRef<HTMLButtonElement>(null);
  const closed = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  return (
    <div className="filter-bar">
      <ResultCount />
      {q === '' && (
        <button
          type="button"
          className="button filter-bar-button filter-bar-search-button"
          aria-expanded={showSearch}
          aria-controls={showSearch ? searchId : undefined}
          onClick={() => setSearching(!searching)}
        >
          Search
        </button>
      )}
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
      {showSearch && (
        <div id={searchId} className="filter-bar-search">
          <SearchBox focusOnOpen={searching} />
        </div>
      )}
      {open && <FilterSheet onClose={closed} />}
    </div>
  );
}
