import { describe, expect, it } from 'vitest';
import { viewText, type ViewTextInput } from '../../src/domain/viewText.ts';

const none: ViewTextInput = {
  shown: 104,
  total: 104,
  actorNames: [],
  match: 'any',
  topics: [],
  topicMatch: 'any',
  query: '',
};

describe('viewText', () => {
  it('says "All N events" when nothing narrows the view', () => {
    expect(viewText(none)).toBe('All 104 events');
    expect(viewText({ ...none, shown: 1, total: 1 })).toBe('All 1 event');
    expect(viewText({ ...none, shown: 2000, total: 2000 })).toBe('All 2,000 events');
  });

  it('names the actors, "or" for any and "and" for all', () => {
    const two = { ...none, shown: 14, actorNames: ['Vladimir Putin', 'Steve Witkoff'] };
    expect(viewText(two)).toBe('14 of 104 events: those with Vladimir Putin or Steve Witkoff');
    expect(viewText({ ...two, match: 'all', shown: 3 })).toBe(
      '3 of 104 events: those with Vladimir Putin and Steve Witkoff',
    );
  });

  it('names the topics in the sentence’s case, keeping an acronym’s capitals', () => {
    const topics = { ...none, shown: 9, topics: ['sanctions', 'nato-membership'] as const };
    expect(viewText(topics)).toBe('9 of 104 events: those on sanctions or NATO membership');
    expect(viewText({ ...topics, topicMatch: 'all' })).toBe('9 of 104 events: those on sanctions and NATO membership');
  });

  it('says the search in quotation marks, and joins every filter in one line', () => {
    expect(viewText({ ...none, shown: 7, query: 'Rubio' })).toBe('7 of 104 events: those matching “Rubio”');
    expect(
      viewText({
        ...none,
        shown: 14,
        actorNames: ['Vladimir Putin', 'Steve Witkoff'],
        topics: ['sanctions'],
        query: 'Rubio',
      }),
    ).toBe('14 of 104 events: those with Vladimir Putin or Steve Witkoff, on sanctions, matching “Rubio”');
  });

  it('counts none when the filters leave nothing', () => {
    expect(viewText({ ...none, shown: 0, query: 'zzzz' })).toBe('0 of 104 events: those matching “zzzz”');
  });
});
