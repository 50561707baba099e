import { highlightParts } from '../domain/searchText.ts';
import { useParley } from '../hooks/useParley.ts';
import { selectSearchTerms } from '../store/searchSlice.ts';

/** `text`, with the words the view's search matched marked (`<mark>`); plain text when there is no search. */
export function Highlighted({ text }: { readonly text: string }) {
  const terms = useParley(selectSearchTerms);
  if (terms.length === 0) return text;
  return highlightParts(text, terms).map((part, k) => (part.hit ? <mark key={k}>{part.text}</mark> : part.text));
}
