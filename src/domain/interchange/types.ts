/**
 * What the importers and exporters share: an import's result with everything it could not carry
 * over, and the view an export writes. Pure types; the formats live beside this file.
 */
import type {
  Actor,
  ActorId,
  Place,
  PlaceId,
  Quote,
  RawDataset,
  Redirect,
  Source,
  SourceId,
  Timeline,
} from '../schema.ts';
import type { TimelineEvent } from '../dataset.ts';

/**
 * One thing an import noticed. `where` names the row or the item ("row 4", "events[3]"), `field`
 * the column or property ("Display Date", "start_date.month"); `file` is the input's name.
 * - error: the input cannot be imported as it is (nothing is written);
 * - dropped: this value was not carried over (and why);
 * - changed: carried over in another form (HTML made plain text, a link made a source…).
 */
export interface ImportProblem {
  readonly severity: 'error' | 'dropped' | 'changed';
  readonly file: string;
  readonly where: string;
  readonly field: string;
  readonly message: string;
}

/** A converted data folder's content (null when any problem is an error), and every problem met. */
export interface ImportResult {
  readonly data: RawDataset | null;
  readonly problems: readonly ImportProblem[];
}

/** How an import places times that carry no zone, and what TimelineJS groups become. */
export interface ImportOptions {
  /** IANA zone for times without one; without it such events are an error naming each one. */
  readonly zone?: string | undefined;
  /** `group` as an actor (the default) or as a topic (only groups that name a topic of the vocabulary). */
  readonly groupAs?: 'actor' | 'topic' | undefined;
  /** The input's name as messages print it, e.g. "timeline.csv". */
  readonly fileName: string;
  /** Today, YYYY-MM-DD: the imported timeline's `updated` date (passed in so that imports are pure). */
  readonly today: string;
}

/** Where the exported view lives on the web: event page URLs and calendar UIDs are built from it. */
export interface ExportSite {
  /** Absolute origin, e.g. "https://example.org"; empty when unknown (URLs are then root-relative). */
  readonly origin: string;
  /** The app's base path, e.g. "/" or "/parley/". */
  readonly base: string;
}

/**
 * The view to export: its events in timeline order, with their details, and everything they refer to.
 * Built from a `WholeDataset` (command line, build) or from the app's dataset and loaded details.
 */
export interface ExportInput {
  readonly timeline: Timeline;
  readonly events: readonly TimelineEvent[];
  /** The quotes said at these events (dataset order). */
  readonly quotes: readonly Quote[];
  /** The dataset's redirects whose chain ends at one of these events (dataset order). */
  readonly redirects: readonly Redirect[];
  readonly actorById: ReadonlyMap<ActorId, Actor>;
  readonly placeById: ReadonlyMap<PlaceId, Place>;
  readonly sourceById: ReadonlyMap<SourceId, Source>;
  readonly site: ExportSite;
  /** When the export is made (DTSTAMP), UTC ms. */
  readonly now: number;
}

export type ExportFormat = 'ics' | 'csv' | 'json' | 'timelinejs';

/** One file to download or write. */
export interface ExportFile {
  readonly fileName: string;
  readonly mimeType: string;
  readonly text: string;
}
