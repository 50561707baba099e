/** A tiny literal dataset for domain tests: three real events of August 2025, trimmed to what the tests need. */
import type { RawDataset, Timeline } from '../../src/domain/schema.ts';

/** A timeline description for datasets made up in tests. */
export const TEST_TIMELINE: Timeline = {
  title: 'Test timeline',
  subtitle: 'Events made up for a test',
  description: 'A dataset written for a unit test.',
  language: 'en',
  coverage: { from: '2025-01-01', to: '2025-12-31' },
  updated: '2025-12-31',
  licence: { name: 'CC BY 4.0' },
};

export const sample = {
  timeline: TEST_TIMELINE,
  actors: [
    {
      id: 'donald-trump',
      name: 'Donald Trump',
      shortName: 'Trump',
      kind: 'person',
      affiliation: 'United States',
      offices: [{ title: 'President of the United States', from: '2025-01-20' }],
      color: '#1f5fbf',
    },
    {
      id: 'vladimir-putin',
      name: 'Vladimir Putin',
      shortName: 'Putin',
      kind: 'person',
      affiliation: 'Russia',
      offices: [{ title: 'President of Russia' }],
      color: '#b3261e',
    },
    {
      id: 'volodymyr-zelenskyy',
      name: 'Volodymyr Zelenskyy',
      shortName: 'Zelenskyy',
      kind: 'person',
      affiliation: 'Ukraine',
      offices: [{ title: 'President of Ukraine' }],
      color: '#c18f00',
    },
  ],
  places: [
    {
      id: 'jber',
      name: 'Joint Base Elmendorf-Richardson',
      locality: 'Anchorage',
      countryCode: 'US',
      tz: 'America/Anchorage',
    },
    {
      id: 'white-house',
      name: 'The White House',
      locality: 'Washington, D.C.',
      countryCode: 'US',
      tz: 'America/New_York',
    },
  ],
  sources: [{ id: 's1', kind: 'news-report', outlet: 'Example', title: 'Example report' }],
  events: [
    {
      id: '2025-08-18-white-house-meeting',
      title: 'White House meeting',
      summary: 'Trump hosts Zelenskyy.',
      kind: 'multilateral-meeting',
      status: 'occurred',
      start: { date: '2025-08-18', time: '13:15', tz: 'America/New_York', precision: 'minute', basis: 'scheduled' },
      placeId: 'white-house',
      participants: [
        { actorId: 'donald-trump', role: 'host', verification: 'confirmed', sourceIds: ['s1'] },
        { actorId: 'volodymyr-zelenskyy', role: 'guest', verification: 'confirmed', sourceIds: ['s1'] },
      ],
      topics: ['security-guarantees'],
      verification: 'confirmed',
      sourceIds: ['s1'],
    },
    {
      id: '2025-08-15-alaska-summit',
      title: 'Alaska summit',
      summary: 'Trump and Putin meet.',
      kind: 'summit',
      status: 'occurred',
      start: { date: '2025-08-15', time: '11:00', tz: 'America/Anchorage', precision: 'minute', basis: 'scheduled' },
      placeId: 'jber',
      participants: [
        { actorId: 'donald-trump', role: 'host', verification: 'confirmed', sourceIds: ['s1'] },
        { actorId: 'vladimir-putin', role: 'guest', verification: 'confirmed', sourceIds: ['s1'] },
      ],
      topics: ['diplomacy'],
      verification: 'confirmed',
      sourceIds: ['s1'],
    },
    {
      id: '2025-08-18-trump-putin-call',
      title: 'Trump calls Putin',
      summary: 'After the meetings.',
      kind: 'phone-call',
      status: 'occurred',
      start: { date: '2025-08-18', tz: 'America/New_York', precision: 'day' },
      participants: [{ actorId: 'donald-trump', role: 'caller', verification: 'reported', sourceIds: ['s1'] }],
      topics: ['diplomacy'],
      verification: 'reported',
      sourceIds: ['s1'],
    },
  ],
  quotes: [
    {
      id: 'q-putin',
      text: 'Words.',
      speakerId: 'vladimir-putin',
      eventId: '2025-08-18-trump-putin-call',
      fidelity: 'as-reported',
      verification: 'reported',
      chain: [{ relation: 'said-to', by: 'Trump' }],
      sourceIds: ['s1'],
    },
  ],
  redirects: [{ from: '2025-08-18-white-house-summit', to: '2025-08-18-white-house-meeting', reason: 'renamed' }],
} as unknown as RawDataset;
