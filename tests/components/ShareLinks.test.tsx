import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ShareLinks } from '../../src/components/ShareLinks.tsx';
import type { ActorId, EventId, QuoteId } from '../../src/domain/schema.ts';
import { renderWithData } from '../testUtils.tsx';

const eventId = '2025-08-17-witkoff-cnn-sotu' as EventId;

describe('ShareLinks', () => {
  it('copies the link that opens exactly this quote', async () => {
    const { user } = renderWithData(
      <ShareLinks eventId={eventId} quoteId={'q-witkoff-game-changing' as QuoteId} what="quote by Steve Witkoff" />,
    );
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByRole('button', { name: 'Copy link to quote by Steve Witkoff' }));
    expect(writeText).toHaveBeenCalledWith(
      'http://localhost:3000/events/2025-08-17-witkoff-cnn-sotu/#quote-q-witkoff-game-changing',
    );
    expect(screen.getByRole('status')).toHaveTextContent('Link copied');
  });

  it('keeps the filters on screen in the link, so it opens the same view', async () => {
    const { user } = renderWithData(<ShareLinks eventId={eventId} what="Witkoff interview" />, {
      view: { actors: ['vladimir-putin' as ActorId, 'donald-trump' as ActorId], match: 'all' },
    });
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByRole('button', { name: 'Copy link to Witkoff interview' }));
    expect(writeText).toHaveBeenCalledWith(
      'http://localhost:3000/events/2025-08-17-witkoff-cnn-sotu/?actors=donald-trump,vladimir-putin&match=all',
    );
  });

  it('falls back to a selectable field when the clipboard is refused', async () => {
    const { user } = renderWithData(<ShareLinks eventId={eventId} what="Witkoff interview" />);
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(screen.getByRole('button', { name: 'Copy link to Witkoff interview' }));
    expect(screen.getByRole('textbox', { name: 'Copy this link:' })).toHaveValue(
      'http://localhost:3000/events/2025-08-17-witkoff-cnn-sotu/',
    );
  });
});
