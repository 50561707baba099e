import { viewText } from '../domain/viewText.ts';
import { selectDataset, selectFilters } from '../store/selectors.ts';
import { useParley } from './useParley.ts';

/** What the printed view holds, in words (`viewText`): "14 of 104 events: those with Vladimir Putin, on sanctions". */
export function useViewText(shown: number, total: number): string {
  const dataset = useParley(selectDataset);
  const filters = useParley(selectFilters);
  const query = useParley((s) => s.view.q);
  return viewText({
    shown,
    total,
    actorNames: filters.actors.map((id) => dataset?.actorById.get(id)?.name ?? id),
    match: filters.match,
    topics: filters.topics,
    topicMatch: filters.topicMatch,
    query,
  });
}

/** The absolute address of what is printed: the view's filters, search and display, without the selection. */
export function usePrintLink(): string {
  const link = useParley((s) => {
    const { actors, match, topics, topicMatch, q, display } = s.view;
    return s.actions.linkTo({ actors, match, topics, topicMatch, q, display });
  });
  return typeof window === 'undefined' ? link : new URL(link, window.location.href).href;
}
