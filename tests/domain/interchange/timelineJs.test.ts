/** The TimelineJS export: TimelineJS3's JSON format (timeline.knightlab.com/docs/json-format.html). */
import { describe, expect, it } from 'vitest';
import {
  escapeHtml,
  timelineJsDate,
  toTimelineJs,
  type TimelineJsDocument,
} from '../../../src/domain/interchange/timelineJs.ts';
import { bundledInput, madeUpInput } from './exportFixture.ts';

const bundled = JSON.parse(toTimelineJs(bundledInput())) as TimelineJsDocument;
const madeUp = JSON.parse(toTimelineJs(madeUpInput())) as TimelineJsDocument;
const slide = (doc: TimelineJsDocument, id: string) => {
  const found = doc.events.find((e) => e.unique_id === id);
  if (found === undefined) throw new Error(`no slide ${id}`);
  return found;
};

describe('toTimelineJs', () => {
  it('has a title slide from the timeline and one slide per event, in timeline order', () => {
    expect(bundled.title.text.headline).toBe('Talks on ending the war in Ukraine');
    expect(bundled.title.text.text).toMatch(/^<p>From the first US–Russia talks in Riyadh/);
    expect(bundled.scale).toBe('human');
    expect(bundled.events.map((e) => e.unique_id)).toEqual(bundledInput().events.map((e) => e.id));
  });

  it('gives the Alaska summit its venue wall clock to the minute, its zone in display_date and its first participant as group', () => {
    const alaska = slide(bundled, '2025-08-15-alaska-summit');
    expect(alaska.start_date).toEqual({ year: 2025, month: 8, day: 15, hour: 11, minute: 0 });
    expect(alaska.display_date).toBe('Fri 15 Aug 2025, 11:00 AKDT');
    expect(alaska.group).toBe('Donald Trump');
    expect(alaska.text.headline).toBe('Trump–Putin summit at Joint Base Elmendorf-Richardson, Anchorage');
    expect(alaska.text.text).toContain('<p>Participants: Donald Trump (host), Vladimir Putin (guest),');
    expect(alaska.text.text).toContain(
      '<li><a href="https://en.mehrnews.com/news/235425/Trump-and-Putin-greet-one-another-on-the-tarmac">Mehr News Agency: Trump and Putin greet one another on the tarmac</a> (2025-08-15)</li>',
    );
    expect(alaska.text.text).toContain('<a href="https://parley.example/parley/events/2025-08-15-alaska-summit/">');
    expect(alaska).not.toHaveProperty('media');
  });

  it('writes only the date parts the precision gives', () => {
    expect(slide(madeUp, '2024-01-01-a-year').start_date).toEqual({ year: 2024 });
    expect(slide(madeUp, '2025-11-01-a-month').start_date).toEqual({ year: 2025, month: 11 });
    expect(slide(madeUp, '2025-10-21-late-october-summit').display_date).toBe('late October 2025');
    expect(slide(madeUp, '2025-03-12-cancelled-visit').start_date).toEqual({ year: 2025, month: 3, day: 12 });
    expect(slide(madeUp, '2025-03-14-afternoon-call')).toMatchObject({
      start_date: { year: 2025, month: 3, day: 14 },
      display_date: 'Fri 14 Mar 2025, afternoon',
    });
    expect(slide(madeUp, '2026-07-01-about-noon').start_date).toEqual({ year: 2026, month: 7, day: 1, hour: 12 });
    expect(slide(madeUp, '2025-03-10-madrid-talks').end_date).toEqual({
      year: 2025,
      month: 3,
      day: 10,
      hour: 17,
      minute: 0,
    });
    expect(slide(madeUp, '2025-06-02-two-days').end_date).toEqual({ year: 2025, month: 6, day: 3 });
  });

  it('escapes the text it writes as HTML', () => {
    const talks = slide(madeUp, '2025-10-26-repeated-hour');
    expect(talks.text.headline).toBe('=HYPERLINK(&quot;https://evil.example&quot;) at the repeated hour');
    expect(escapeHtml('<script>alert("x")</script> & \'y\'')).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;',
    );
    const madrid = slide(madeUp, '2025-03-10-madrid-talks');
    expect(madrid.text.text).toContain(
      '<a href="https://elpais.example/a?x=1;y=2">El País: Talks, in Madrid; and more</a>',
    );
    expect(madrid.text.text).toContain('<p>The second line.</p>');
  });

  it('has a date object for every time point', () => {
    expect(timelineJsDate({ date: '0602-01-01', tz: 'UTC', precision: 'year' })).toEqual({ year: 602 });
  });
});
