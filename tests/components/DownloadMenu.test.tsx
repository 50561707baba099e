/**
 * The Download control: its button loads the menu, the menu lists four formats for the view on
 * screen, takes the keys a disclosure should, and hands the browser a file named for the timeline.
 * jsdom has no workers: a stand-in runs the same exporter on the fixture the page holds.
 */
import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DownloadButton } from '../../src/components/DownloadButton.tsx';
import { FeedLinks } from '../../src/components/FeedLinks.tsx';
import { wholeDetails } from '../../src/domain/details.ts';
import { actorIdSchema } from '../../src/domain/schema.ts';
import { exportEvents } from '../../src/hooks/exportEvents.ts';
import type { WorkerAnswer, WorkerRequest } from '../../src/hooks/exportWorker.ts';
import { loadDataset, renderWithData } from '../testUtils.tsx';

const dataset = loadDataset();
const WITKOFF = { actors: [actorIdSchema.parse('steve-witkoff')], match: 'any' } as const;

/** What the stand-in worker was asked, and the files it wrote. */
const asked: WorkerRequest[] = [];
const answered: ({ ok: true; fileName: string; text: string } | { ok: false; message: string })[] = [];

class FakeWorker extends EventTarget {
  postMessage(request: WorkerRequest) {
    asked.push(request);
    let answer: WorkerAnswer;
    try {
      const file = exportEvents(dataset, wholeDetails(dataset), request);
      answered.push({ ok: true, fileName: file.fileName, text: file.text });
      answer = { ok: true, fileName: file.fileName, blob: new Blob([file.text], { type: file.mimeType }) };
    } catch (err) {
      answer = { ok: false, message: String(err) };
      answered.push(answer);
    }
    setTimeout(() => this.dispatchEvent(new MessageEvent('message', { data: answer })), 0);
  }
  terminate() {}
}

let clicked: { download: string; href: string }[] = [];

beforeEach(() => {
  asked.length = 0;
  answered.length = 0;
  clicked = [];
  vi.stubGlobal('Worker', FakeWorker);
  URL.createObjectURL = vi.fn(() => 'blob:http://localhost:3000/file');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ download: this.download, href: this.href });
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('DownloadButton and DownloadMenu', () => {
  it('opens a list of four formats, each for the events shown', async () => {
    const { user } = renderWithData(<DownloadButton />, { view: WITKOFF });
    await user.click(screen.getByRole('button', { name: 'Download' }));
    const toggle = await screen.findByRole('button', { name: 'Download', expanded: true });
    expect(toggle).toHaveFocus();
    expect(screen.getByText('Download the 2 events shown as:')).toBeVisible();
    const names = ['Calendar (.ics)', 'Spreadsheet (.csv)', 'Data (JSON)', 'TimelineJS (JSON)'];
    for (const name of names) {
      const choice = screen.getByRole('button', { name });
      expect(choice).toBeVisible();
      expect(choice).toHaveAccessibleDescription(/^Download the 2 events shown as:/);
    }
  });

  it('moves with the arrow keys and closes with Escape, giving the focus back', async () => {
    const { user } = renderWithData(<DownloadButton />);
    screen.getByRole('button', { name: 'Download' }).focus();
    await user.keyboard('{Enter}');
    await screen.findByRole('button', { name: 'Download', expanded: true });
    expect(screen.getByText('Download all 3 events as:')).toBeVisible();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: 'Calendar (.ics)' })).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('button', { name: 'Data (JSON)' })).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('button', { name: 'Spreadsheet (.csv)' })).toHaveFocus();
    await user.keyboard('{Escape}');
    const toggle = screen.getByRole('button', { name: 'Download', expanded: false });
    expect(toggle).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Calendar (.ics)' })).not.toBeInTheDocument();
  });

  it('downloads the view: its events, in order, as a file named for the timeline', async () => {
    const { user } = renderWithData(<DownloadButton />, { view: WITKOFF });
    await user.click(screen.getByRole('button', { name: 'Download' }));
    await user.click(await screen.findByRole('button', { name: 'Spreadsheet (.csv)' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Downloaded talks-on-ending-the-war-in-ukraine.csv.');
    expect(clicked).toEqual([
      { download: 'talks-on-ending-the-war-in-ukraine.csv', href: 'blob:http://localhost:3000/file' },
    ]);
    const witkoff = [...(dataset.eventsByActor.get(WITKOFF.actors[0]) ?? [])];
    expect(asked[0]).toMatchObject({
      format: 'csv',
      positions: witkoff,
      site: { base: '/', origin: 'http://localhost:3000' },
      indexUrl: 'http://localhost:3000/dataset.json',
    });
    const file = answered[0];
    if (file?.ok !== true) throw new Error('no file was written');
    const ids = witkoff.map((i) => dataset.events[i]?.id ?? '');
    const rows = file.text.split(/\r?\n/).filter((l) => /^\d{4}-/.test(l));
    expect(rows.map((r) => r.split(',')[0])).toEqual(ids);
    await waitFor(() => expect(URL.createObjectURL).toHaveBeenCalledTimes(1));
  });

  it('says in words when a file cannot be prepared', async () => {
    vi.stubGlobal('Worker', undefined);
    const { user } = renderWithData(<DownloadButton />);
    await user.click(screen.getByRole('button', { name: 'Download' }));
    await user.click(await screen.findByRole('button', { name: 'Calendar (.ics)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The calendar could not be prepared: this browser cannot prepare files (it has no Web Workers).',
    );
    expect(clicked).toEqual([]);
  });

  it('offers nothing to download when no event is shown', async () => {
    const { user } = renderWithData(<DownloadButton />, { view: { topics: ['energy'] } });
    await user.click(screen.getByRole('button', { name: 'Download' }));
    await screen.findByRole('button', { name: 'Download', expanded: true });
    expect(screen.getByText('No events are shown: there is nothing to download.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Data (JSON)' }));
    expect(asked).toEqual([]);
  });
});

describe('FeedLinks', () => {
  it('links the whole timeline’s calendar and spreadsheet under the base path', () => {
    renderWithData(<FeedLinks />);
    expect(screen.getByRole('link', { name: 'Subscribe to the calendar' })).toHaveAttribute('href', '/calendar.ics');
    expect(screen.getByRole('link', { name: 'Download as a spreadsheet' })).toHaveAttribute('href', '/timeline.csv');
  });
});
