import { useEffect, useRef } from 'react';
import { formatShortDate } from '../domain/format.ts';
import { FIDELITY_LABEL, VERIFICATION_LABEL, VERIFICATION_SHORT, officeOn } from '../domain/labels.ts';
import type { Quote } from '../domain/schema.ts';
import { useEventAt } from '../hooks/useEventAt.ts';
import { useActions, useParley } from '../hooks/useParley.ts';
import { selectDataset } from '../store/selectors.ts';
import { ActorChip } from './ActorChip.tsx';
import { Highlighted } from './Highlighted.tsx';
import { QuoteChain } from './QuoteChain.tsx';
import { QuoteVariants } from './QuoteVariants.tsx';
import { ShareLinks } from './ShareLinks.tsx';
import { SourceLinks } from './SourceLinks.tsx';
import { TopicChips } from './TopicChips.tsx';

interface Props {
  readonly quote: Quote;
  /** The quote the reader arrived at; highlighted and scrolled into view. */
  readonly current?: boolean;
}

/**
 * One quote: the words, then who said them, where, how they reached us and how sure we are.
 * The two buttons show a name but are labelled with what they do; the label contains the visible
 * text, so speech input ("click Steve Witkoff") still works.
 */
export function QuoteFigure({ quote, current = false }: Props) {
  const dataset = useParley(selectDataset);
  const { filterByActors, goToEvent } = useActions();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    // jsdom has no scrollIntoView.
    if (current && typeof ref.current?.scrollIntoView === 'function') ref.current.scrollIntoView({ block: 'nearest' });
  }, [current]);
  const position = quote.eventId === undefined ? undefined : dataset?.eventIndex.get(quote.eventId);
  const event = useEventAt(position);
  if (dataset === null) return null;
  const speaker = dataset.actorById.get(quote.speakerId);
  const { dayOf, days } = dataset.columns;
  // The date is in the index; the title comes with the event's details.
  const date = position === undefined ? undefined : days[dayOf[position] ?? -1];
  const office = speaker !== undefined && date !== undefined ? officeOn(speaker, date) : undefined;
  return (
    <figure
      ref={ref}
      id={`quote-${quote.id}`}
      className={current ? 'quote is-current' : 'quote'}
      aria-current={current ? 'true' : undefined}
    >
      <blockquote className="quote-text">
        <p>
          <Highlighted text={quote.text} />
        </p>
      </blockquote>
      <figcaption>
        <dl className="quote-facts">
          <dt>Said by</dt>
          <dd>
            {speaker === undefined ? (
              quote.speakerId
            ) : (
              <button
                type="button"
                className="link-button"
                aria-label={`Filter by ${speaker.name}`}
                onClick={() => filterByActors([speaker.id])}
              >
                <ActorChip actor={speaker} />
              </button>
            )}
            {office !== undefined && <span className="quote-office">, {office}</span>}
          </dd>
          <dt>Where and when</dt>
          <dd>
            {date === undefined ? (
              'not known'
            ) : (
              <>
                {event === undefined ? (
                  <span>Loading the event…</span>
                ) : (
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Go to event: ${event.title}`}
                    onClick={() => goToEvent(event.id, quote.id)}
                  >
                    {event.title}
                  </button>
                )}
                {/* A button sits as a block in the line, so the date goes on its own line rather than after a stray comma. */}
                <br />
                <time dateTime={date}>{formatShortDate(date)}</time>
              </>
            )}
          </dd>
          <dt>How it reached us</dt>
          <dd>
            <QuoteChain chain={quote.chain} />
          </dd>
          <dt>Wording</dt>
          <dd>{FIDELITY_LABEL[quote.fidelity]}</dd>
          <dt>Verification</dt>
          <dd>
            <strong className={`verification verification-${quote.verification}`}>
              {VERIFICATION_SHORT[quote.verification]}
            </strong>
            <span className="verification-explained">: {VERIFICATION_LABEL[quote.verification]}</span>
          </dd>
          <dt>Sources</dt>
          <dd>
            <SourceLinks sourceIds={quote.sourceIds} />
          </dd>
          <dt>Topics</dt>
          <dd>
            <TopicChips topics={quote.topics} />
          </dd>
          {quote.variants !== undefined && quote.variants.length > 0 && (
            <>
              <dt>Other wordings</dt>
              <dd>
                <QuoteVariants variants={quote.variants} />
              </dd>
            </>
          )}
        </dl>
        {quote.notes !== undefined && <p className="quote-notes">{quote.notes}</p>}
        {quote.eventId !== undefined && (
          <ShareLinks eventId={quote.eventId} quoteId={quote.id} what={`quote by ${speaker?.name ?? 'the speaker'}`} />
        )}
      </figcaption>
    </figure>
  );
}
