import { useContext, useDeferredValue, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { searchCommandFor } from '../domain/keymap.ts';
import { normaliseQuery } from '../domain/view.ts';
import { useSearch } from '../hooks/useSearch.ts';
import { ParleyStoreContext, useActions, useParley } from '../hooks/useParley.ts';
import { selectQuery } from '../store/searchSlice.ts';
import '../styles/search.css';

const TEXT_FIELDS = 'input, textarea, select, [contenteditable="true"]';

/**
 * "Search events and quotes": the view's `q`. What is typed shows at once; the query follows at
 * the next idle render (a deferred value), so a burst of keystrokes sets it once, not once per key,
 * and the URL (replaced, never pushed) with it. `/` focuses the box from anywhere but another text
 * field; Escape clears it. The index loads on the first focus, so it is ready by the first word.
 */
export function SearchBox({ focusOnOpen = false }: { readonly focusOnOpen?: boolean } = {}) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const store = useContext(ParleyStoreContext);
  const q = useParley(selectQuery);
  const { setQuery } = useActions();
  const prepare = useSearch();
  const [text, setText] = useState(q);
  const deferred = useDeferredValue(text);
  /** The query this box last set: a change of `q` that is not it came from elsewhere (Back, a button). */
  const sent = useRef(q);

  useEffect(() => {
    // Only once the deferred value has caught up with the box: a lagging one is older text, and
    // setting it would undo keys typed since (or, with the phone's box and the top bar's both
    // mounted, overwrite what the other just set).
    if (deferred !== text) return;
    const query = normaliseQuery(deferred);
    if (query === sent.current) return;
    sent.current = query;
    setQuery(query);
  }, [deferred, text, setQuery]);

  useEffect(
    () =>
      store?.subscribe((s, prev) => {
        if (s.view.q === prev.view.q || s.view.q === sent.current) return;
        sent.current = s.view.q;
        setText(s.view.q);
      }),
    [store],
  );

  // Opened by a tap on the phone's "Search" button: the reader wants to type at once.
  useEffect(() => {
    if (focusOnOpen) inputRef.current?.focus();
  }, [focusOnOpen]);

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      const target = e.target instanceof Element ? e.target : null;
      if (searchCommandFor(e, 'page', target?.matches(TEXT_FIELDS) ?? false) !== 'search') return;
      e.preventDefault();
      inputRef.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (searchCommandFor(e, 'search', true) !== 'clear-search' || text === '') return;
    // The browser's own Escape in a search field would clear it too, but not the query at once.
    e.preventDefault();
    e.stopPropagation();
    setText('');
    sent.current = '';
    setQuery('');
  };

  return (
    <form role="search" className="search-box" onSubmit={(e) => e.preventDefault()}>
      <label htmlFor={id}>Search events and quotes</label>
      <input
        ref={inputRef}
        id={id}
        type="search"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          prepare();
        }}
        onFocus={prepare}
        onKeyDown={onKeyDown}
        aria-keyshortcuts="/"
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        maxLength={200}
      />
    </form>
  );
}
