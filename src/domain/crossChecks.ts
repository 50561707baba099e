/**
 * Checks a schema cannot express: unique ids, references that resolve, real dates and zones,
 * start ≤ end, safe links, no markup, a quote's stances on its own topics. They run on every item
 * that passed its shape check; references may point at any item that has an id, valid or not, so
 * one fault is reported once.
 */
import type {
  Actor,
  DiplomaticEvent,
  PartOfMonth,
  Place,
  Precision,
  Quote,
  Redirect,
  Source,
  TimePoint,
  Timeline,
} from './schema.ts';
import { formatPath, unknownRef, type ValidationIssue } from './issues.ts';
import {
  formatOffset,
  isRealDate,
  isRealTimeZone,
  localTimeOffsets,
  skippingClockChange,
  timePointEnd,
  timePointStart,
} from './time.ts';
import { checkTextAndLinks } from './textChecks.ts';

export type ItemLabeler = (kind: string, raw: unknown, index: number) => string;
type Collections = 'actors' | 'places' | 'sources' | 'events' | 'quotes' | 'redirects';

interface Ctx {
  issues: ValidationIssue[];
  ids: Record<Collections, Set<string>>;
  /** Collections whose file is missing or unreadable: references into them are not checked. */
  unavailable: ReadonlySet<Collections>;
  report: (path: (string | number)[], message: string) => void;
}

function collectIds(raw: Record<Collections, unknown[]>, dir: string, label: ItemLabeler, issues: ValidationIssue[]) {
  const ids = {} as Record<Collections, Set<string>>;
  for (const [key, list] of Object.entries(raw) as [Collections, unknown[]][]) {
    const seen = new Map<string, number>();
    list.forEach((item, index) => {
      const id = (item as { id?: unknown; from?: unknown } | null)?.[key === 'redirects' ? 'from' : 'id'];
      if (typeof id !== 'string') return;
      const first = seen.get(id);
      if (first !== undefined) {
        const field = key === 'redirects' ? 'from' : 'id';
        const kind = key.slice(0, -1);
        issues.push({
          file: `${dir}/${key}.json`,
          item: label(kind, item, index),
          path: field,
          message: `duplicate ${field}: item #${first} has the same ${field}`,
        });
      } else seen.set(id, index);
    });
    ids[key] = new Set(seen.keys());
  }
  return ids;
}

function checkRef(ctx: Ctx, path: (string | number)[], kind: Collections, id: string | undefined) {
  if (id !== undefined && !ctx.unavailable.has(kind) && !ctx.ids[kind].has(id))
    ctx.report(path, unknownRef(kind.slice(0, -1), id, ctx.ids[kind]));
}

function checkSources(ctx: Ctx, path: (string | number)[], ids: readonly string[] | undefined) {
  ids?.forEach((id, i) => checkRef(ctx, [...path, i], 'sources', id));
}

/** "01:30-04:00 (05:30 UTC)": a wall-clock time read with one offset, and its instant. */
function reading(time: string, wall: number, offset: number): string {
  return `${time}${formatOffset(offset)} (${new Date(wall - offset).toISOString().slice(11, 16)} UTC)`;
}

/**
 * A time the clocks skip is an error naming the gap; a time they show twice needs an `offset` to say
 * which instant is meant; a given `offset` must be one the zone has at that time.
 */
function checkLocalTime(ctx: Ctx, path: (string | number)[], p: TimePoint, time: string): boolean {
  const offsets = localTimeOffsets(p.date, time, p.tz);
  const wall = Date.parse(`${p.date}T${time}Z`);
  if (offsets.length === 0) {
    const change = skippingClockChange(p.date, time, p.tz);
    const gap =
      change === undefined
        ? 'skipped by a clock change'
        : `skipped by a clock change: the clocks went from ${hhmm(change.instant + change.before)}` +
          `${formatOffset(change.before)} straight to ${hhmm(change.instant + change.after)}${formatOffset(change.after)}`;
    const meant =
      change === undefined
        ? ''
        : `; write the time the clocks showed, with its offset: ${time}${formatOffset(change.before)} is ` +
          `${dateIfOther(wall - change.before + change.after, p.date)}"time": "${hhmm(wall - change.before + change.after)}", ` +
          `"offset": "${formatOffset(change.after)}"`;
    ctx.report([...path, 'time'], `${time} does not exist on ${p.date} in ${p.tz} (${gap})${meant}`);
    return false;
  }
  if (p.offset !== undefined) {
    if (offsets.some((o) => formatOffset(o) === p.offset)) return true;
    ctx.report(
      [...path, 'offset'],
      `"${p.offset}" is not an offset ${p.tz} has at ${time} on ${p.date} ` +
        `(it has ${offsets.map((o) => formatOffset(o)).join(' or ')})`,
    );
    return false;
  }
  if (offsets.length > 1) {
    ctx.report(
      [...path, 'time'],
      `${time} in ${p.tz} on ${p.date} happens twice: ${offsets.map((o) => `at ${reading(time, wall, o)}`).join(' and ')}` +
        ` (the clocks are turned back); add ${offsets.map((o) => `"offset": "${formatOffset(o)}"`).join(' or ')} to say which`,
    );
    return false;
  }
  return true;
}

/** `"date": "…", ` when a wall clock held as a UTC instant falls on another day than `date`. */
const dateIfOther = (wall: number, date: string) => {
  const day = new Date(wall).toISOString().slice(0, 10);
  return day === date ? '' : `"date": "${day}", `;
};

/** "02:00": the HH:MM of a wall clock held as a UTC instant. */
const hhmm = (wall: number) => new Date(wall).toISOString().slice(11, 16);

/** Which fields each precision needs (✓), allows (?) or forbids (absent). */
const PRECISION_FIELDS: Record<
  Precision,
  Partial<Record<'time' | 'partOfDay' | 'partOfMonth' | 'after', '✓' | '?'>>
> = {
  minute: { time: '✓' },
  hour: { time: '✓' },
  'part-of-day': { partOfDay: '✓', after: '?' },
  day: { after: '?' },
  month: { partOfMonth: '?' },
  year: {},
};

/** The day of the month a month-precision date starts on, for each third of the month. */
const MONTH_START_DAY: Record<PartOfMonth | 'whole', string> = { whole: '01', early: '01', mid: '11', late: '21' };

function checkPrecisionFields(p: TimePoint, fail: (field: string, message: string) => void) {
  const fields = PRECISION_FIELDS[p.precision];
  for (const field of ['time', 'partOfDay', 'partOfMonth', 'after'] as const) {
    const rule = fields[field];
    if (rule === '✓' && p[field] === undefined) fail(field, `precision is "${p.precision}" but no ${field} is given`);
    if (rule === undefined && p[field] !== undefined)
      fail(field, `precision is "${p.precision}", which has no ${field} ("${p[field]}"); ${PRECISION_HINT[field]}`);
  }
  if (p.precision === 'hour' && p.time !== undefined && !p.time.endsWith(':00'))
    fail('time', `precision is "hour" but the time ("${p.time}") has minutes; use precision "minute"`);
  if (p.precision === 'year' && p.date.slice(5) !== '01-01')
    fail('date', `precision is "year", so the date must be 1 January of the year ("${p.date.slice(0, 4)}-01-01")`);
  if (p.precision === 'month') {
    const day = MONTH_START_DAY[p.partOfMonth ?? 'whole'];
    if (p.date.slice(8) !== day)
      fail(
        'date',
        `precision is "month"${p.partOfMonth === undefined ? '' : ` ("${p.partOfMonth}")`}, so the date must be ` +
          `day ${day} of the month ("${p.date.slice(0, 8)}${day}")`,
      );
  }
}

const PRECISION_HINT = {
  time: 'a time needs precision "minute" or "hour"',
  partOfDay: 'a part of the day needs precision "part-of-day"',
  partOfMonth: 'a part of the month needs precision "month"',
  after: 'an order within the day ("after") needs precision "day" or "part-of-day"',
} as const;

function checkTimePoint(ctx: Ctx, path: (string | number)[], p: TimePoint): boolean {
  let ok = true;
  const fail = (field: string, message: string) => {
    ctx.report([...path, field], message);
    ok = false;
  };
  if (!isRealDate(p.date)) fail('date', `"${p.date}" is not a real calendar date`);
  if (!isRealTimeZone(p.tz)) fail('tz', `"${p.tz}" is not an IANA time zone (e.g. "America/New_York")`);
  checkPrecisionFields(p, fail);
  if (p.offset !== undefined && p.time === undefined)
    fail('offset', 'an offset is only for a time of day (precision "minute" or "hour"); remove it');
  if (ok && p.time !== undefined && !checkLocalTime(ctx, path, p, p.time)) ok = false;
  checkSources(ctx, [...path, 'sourceIds'], p.sourceIds);
  return ok;
}

type Links = Map<string, string | undefined>;

/** Reports a loop in the chain of `field` links starting at `e`. */
function checkChain(ctx: Ctx, path: (string | number)[], id: string, links: Links, what: string) {
  const seen = new Set<string>([id]);
  for (let p = links.get(id); p !== undefined; p = links.get(p)) {
    if (seen.has(p)) return ctx.report(path, `${what} form a loop through "${p}"`);
    seen.add(p);
  }
}

interface EventLinks {
  places: Map<string, Place>;
  events: Map<string, DiplomaticEvent>;
  partOf: Links;
  follows: Links;
  after: Links;
}

/** `partOf`, `follows`: the target exists, is not the event itself, and the chain does not loop. */
function checkRelation(ctx: Ctx, e: DiplomaticEvent, field: 'partOf' | 'follows', links: Links, what: string) {
  const target = e[field];
  if (target === undefined) return;
  if (target === e.id)
    return ctx.report([field], `an event cannot ${field === 'partOf' ? 'be part of' : 'follow'} itself`);
  checkRef(ctx, [field], 'events', target);
  checkChain(ctx, [field], e.id, links, what);
}

function checkAfter(ctx: Ctx, e: DiplomaticEvent, link: EventLinks) {
  const target = e.start.after;
  if (target === undefined) return;
  if (target === e.id) return ctx.report(['start', 'after'], 'an event cannot come after itself');
  checkRef(ctx, ['start', 'after'], 'events', target);
  const other = link.events.get(target);
  if (other !== undefined && other.start.date !== e.start.date)
    ctx.report(
      ['start', 'after'],
      `"${target}" starts on ${other.start.date}, not on ${e.start.date}: "after" orders events within one day`,
    );
  checkChain(ctx, ['start', 'after'], e.id, link.after, '"after" links');
}

function checkEvent(ctx: Ctx, e: DiplomaticEvent, link: EventLinks) {
  const startOk = checkTimePoint(ctx, ['start'], e.start);
  const endOk = e.end !== undefined && checkTimePoint(ctx, ['end'], e.end);
  if (!e.id.startsWith(`${e.start.date}-`)) ctx.report(['id'], `id must start with the start date "${e.start.date}-"`);
  if (e.end?.after !== undefined) ctx.report(['end', 'after'], '"after" orders an event by its start; remove it here');
  if (startOk && endOk && e.end !== undefined && timePointEnd(e.end) < timePointStart(e.start))
    ctx.report(
      ['end'],
      `ends (${e.end.date} ${e.end.time ?? ''}) before it starts (${e.start.date} ${e.start.time ?? ''})`.replace(
        / \)/g,
        ')',
      ),
    );
  checkRef(ctx, ['placeId'], 'places', e.placeId);
  const place = e.placeId === undefined ? undefined : link.places.get(e.placeId);
  // A place whose own zone is not real is reported once, on the place, not on each of its events.
  if (place !== undefined && isRealTimeZone(place.tz))
    for (const [field, p] of [
      ['start', e.start],
      ['end', e.end],
    ] as const)
      if (p !== undefined && p.tz !== place.tz)
        ctx.report([field, 'tz'], `"${p.tz}" differs from the zone of place "${place.id}" ("${place.tz}")`);
  checkRelation(ctx, e, 'partOf', link.partOf, '"partOf" links');
  checkRelation(ctx, e, 'follows', link.follows, '"follows" links');
  checkAfter(ctx, e, link);
  const seen = new Set<string>();
  e.participants.forEach((p, i) => {
    checkRef(ctx, ['participants', i, 'actorId'], 'actors', p.actorId);
    if (seen.has(p.actorId)) ctx.report(['participants', i, 'actorId'], `actor "${p.actorId}" is listed twice`);
    seen.add(p.actorId);
    checkSources(ctx, ['participants', i, 'sourceIds'], p.sourceIds);
  });
  checkSources(ctx, ['sourceIds'], e.sourceIds);
  e.disagreements?.forEach((d, i) => {
    const froms = new Set(d.accounts.map((a) => a.from));
    if (!froms.has('article') || !froms.has('sources'))
      ctx.report(
        ['disagreements', i, 'accounts'],
        'must record both the article\'s account ("article") and the other sources\' ("sources")',
      );
    d.accounts.forEach((a, j) => checkSources(ctx, ['disagreements', i, 'accounts', j, 'sourceIds'], a.sourceIds));
  });
}

/**
 * A stance is on one of the quote's own topics, and a quote takes one stance per topic: two readings
 * of the same words on the same topic would contradict each other or repeat.
 */
function checkStances(ctx: Ctx, q: Quote) {
  const first = new Map<string, number>();
  q.stances?.forEach((s, i) => {
    if (!q.topics.includes(s.topic))
      ctx.report(
        ['stances', i, 'topic'],
        `"${s.topic}" is not one of the quote's topics (${q.topics.map((t) => `"${t}"`).join(', ')}); ` +
          'a stance must be on a topic the quote names: add the topic only if the words concern it',
      );
    const earlier = first.get(s.topic);
    if (earlier !== undefined)
      ctx.report(
        ['stances', i, 'topic'],
        `stances[${earlier}] already gives a stance on "${s.topic}"; a quote takes at most one stance per topic`,
      );
    else first.set(s.topic, i);
  });
}

function checkQuote(ctx: Ctx, q: Quote) {
  checkRef(ctx, ['speakerId'], 'actors', q.speakerId);
  checkRef(ctx, ['eventId'], 'events', q.eventId);
  checkSources(ctx, ['sourceIds'], q.sourceIds);
  q.chain.forEach((hop, i) => checkRef(ctx, ['chain', i, 'sourceId'], 'sources', hop.sourceId));
  q.variants?.forEach((v, i) => {
    checkSources(ctx, ['variants', i, 'sourceIds'], v.sourceIds);
    if (v.quoteId === q.id) ctx.report(['variants', i, 'quoteId'], 'a variant cannot point at its own quote');
    else checkRef(ctx, ['variants', i, 'quoteId'], 'quotes', v.quoteId);
  });
  checkStances(ctx, q);
}

function checkActor(ctx: Ctx, a: Actor) {
  a.offices.forEach((o, i) => {
    for (const f of ['from', 'to'] as const) {
      const d = o[f];
      if (d !== undefined && !isRealDate(d)) ctx.report(['offices', i, f], `"${d}" is not a real calendar date`);
    }
    if (o.from !== undefined && o.to !== undefined && o.to < o.from)
      ctx.report(['offices', i, 'to'], `office ends (${o.to}) before it starts (${o.from})`);
  });
}

function checkSource(ctx: Ctx, s: Source, sources: Map<string, Source>) {
  if (s.published !== undefined && !isRealDate(s.published))
    ctx.report(['published'], `"${s.published}" is not a real calendar date`);
  if (s.copyOf === s.id) ctx.report(['copyOf'], 'a source cannot be a copy of itself');
  else if (s.copyOf !== undefined) {
    checkRef(ctx, ['copyOf'], 'sources', s.copyOf);
    if (sources.get(s.copyOf)?.copyOf !== undefined)
      ctx.report(['copyOf'], `"${s.copyOf}" is itself a copy; point at the original`);
  }
}

function checkRedirect(ctx: Ctx, r: Redirect, redirects: Map<string, string>) {
  if (ctx.ids.events.has(r.from))
    ctx.report(['from'], `"${r.from}" is a live event id; a redirect may only replace a retired id`);
  const seen = new Set<string>([r.from]);
  let target: string = r.to;
  while (redirects.has(target)) {
    if (seen.has(target)) return ctx.report(['to'], `redirects form a loop through "${target}"`);
    seen.add(target);
    target = redirects.get(target) ?? target;
  }
  if (!ctx.unavailable.has('events') && !ctx.ids.events.has(target))
    ctx.report(['to'], unknownRef('event', target, ctx.ids.events));
}

/**
 * Runs every cross-item check; `valid` holds the shape-checked items (undefined where invalid).
 * References into an `unavailable` collection (its file missing or broken) are not checked.
 */
export function crossCheck(
  raw: Record<Collections, unknown[]>,
  valid: Record<Collections, unknown[]>,
  dir: string,
  label: ItemLabeler,
  unavailable: ReadonlySet<Collections> = new Set(),
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const ids = collectIds(raw, dir, label, issues);
  const present = <T>(k: Collections) => valid[k].filter((x): x is T => x !== undefined);
  const places = new Map(present<Place>('places').map((p) => [p.id as string, p]));
  const sources = new Map(present<Source>('sources').map((s) => [s.id as string, s]));
  const events = present<DiplomaticEvent>('events');
  const linksBy = (get: (e: DiplomaticEvent) => string | undefined): Links =>
    new Map(events.map((e) => [e.id as string, get(e)]));
  const link: EventLinks = {
    places,
    events: new Map(events.map((e) => [e.id as string, e])),
    partOf: linksBy((e) => e.partOf),
    follows: linksBy((e) => e.follows),
    after: linksBy((e) => e.start.after),
  };
  const redirects = new Map(present<Redirect>('redirects').map((r) => [r.from as string, r.to as string]));
  const run = <T>(key: Collections, check: (ctx: Ctx, item: T) => void) =>
    valid[key].forEach((item, index) => {
      if (item === undefined) return;
      const base = { file: `${dir}/${key}.json`, item: label(key.slice(0, -1), item, index) };
      const ctx: Ctx = {
        issues,
        ids,
        unavailable,
        report: (path, message) => void issues.push({ ...base, path: formatPath(path), message }),
      };
      check(ctx, item as T);
      checkTextAndLinks(item, ctx.report);
    });
  run<Actor>('actors', checkActor);
  run<Place>(
    'places',
    (ctx, p) =>
      void (isRealTimeZone(p.tz) || ctx.report(['tz'], `"${p.tz}" is not an IANA time zone (e.g. "Europe/Brussels")`)),
  );
  let origin: string | undefined;
  run<Source>('sources', (ctx, s) => {
    checkSource(ctx, s, sources);
    if (s.role !== 'origin-article') return;
    if (origin === undefined) origin = s.id;
    else ctx.report(['role'], `source "${origin}" is already marked "origin-article"; only one source can be`);
  });
  run<DiplomaticEvent>('events', (ctx, e) => checkEvent(ctx, e, link));
  run<Quote>('quotes', checkQuote);
  run<Redirect>('redirects', (ctx, r) => checkRedirect(ctx, r, redirects));
  return issues;
}

/** Each era's dates are real, in order and within the coverage. */
function checkEras(timeline: Timeline, file: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const { from, to } = timeline.coverage;
  timeline.eras?.forEach((era, i) => {
    const at = (field: string, message: string) => void issues.push({ file, path: `eras[${i}].${field}`, message });
    let real = true;
    for (const field of ['from', 'to'] as const)
      if (!isRealDate(era[field])) {
        at(field, `"${era[field]}" is not a real calendar date`);
        real = false;
      }
    if (!real) return;
    if (era.to < era.from) at('to', `era "${era.title}" ends (${era.to}) before it starts (${era.from})`);
    if (era.from < from)
      at('from', `era "${era.title}" starts on ${era.from}, before the coverage's first date (${from})`);
    if (era.to > to) at('to', `era "${era.title}" ends on ${era.to}, after the coverage's last date (${to})`);
  });
  return issues;
}

/** Every event starts and ends within the dates `timeline.json` says it covers, and so does every era. */
export function checkCoverage(
  timeline: Timeline,
  valid: Pick<Record<Collections, unknown[]>, 'events'>,
  file: string,
): ValidationIssue[] {
  const { from, to } = timeline.coverage;
  const issues: ValidationIssue[] = [];
  for (const field of ['from', 'to'] as const)
    if (!isRealDate(timeline.coverage[field]))
      issues.push({
        file,
        path: `coverage.${field}`,
        message: `"${timeline.coverage[field]}" is not a real calendar date`,
      });
  if (issues.length > 0) return issues;
  if (to < from) return [{ file, path: 'coverage.to', message: `coverage ends (${to}) before it starts (${from})` }];
  issues.push(...checkEras(timeline, file));
  let first: string | undefined;
  let last: string | undefined;
  for (const e of valid.events as (DiplomaticEvent | undefined)[]) {
    if (e === undefined) continue;
    const end = e.end?.date ?? e.start.date;
    if (first === undefined || e.start.date < first) first = e.start.date;
    if (last === undefined || end > last) last = end;
  }
  if (first !== undefined && first < from)
    issues.push({
      file,
      path: 'coverage.from',
      message: `an event starts on ${first}, before the coverage's first date (${from})`,
    });
  if (last !== undefined && last > to)
    issues.push({
      file,
      path: 'coverage.to',
      message: `an event ends on ${last}, after the coverage's last date (${to})`,
    });
  return issues;
}
