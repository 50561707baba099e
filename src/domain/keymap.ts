/**
 * The keyboard shortcuts, as data: the same table decides what a key does and is shown as the
 * "Keyboard shortcuts" help, so the two cannot drift apart.
 */

export type Command = 'next' | 'previous' | 'first' | 'last' | 'open' | 'close' | 'help';

/** The search box's keys: `/` focuses it from anywhere, Escape in it clears it. */
export type SearchCommand = 'search' | 'clear-search';

export interface KeyBinding<C extends string = Command> {
  readonly command: C;
  /** `KeyboardEvent.key` values that run the command. */
  readonly keys: readonly string[];
  /** How the keys are written in the help. */
  readonly shown: readonly string[];
  readonly description: string;
  /** Where the keys work: in the timeline (its events have focus), anywhere on the page, or in the search box. */
  readonly scope: 'timeline' | 'page' | 'search';
}

export const KEYMAP: readonly KeyBinding[] = [
  { command: 'next', keys: ['j', 'ArrowDown'], shown: ['j', '↓'], description: 'Next event', scope: 'timeline' },
  { command: 'previous', keys: ['k', 'ArrowUp'], shown: ['k', '↑'], description: 'Previous event', scope: 'timeline' },
  { command: 'first', keys: ['Home'], shown: ['Home'], description: 'First event', scope: 'timeline' },
  { command: 'last', keys: ['End'], shown: ['End'], description: 'Last event', scope: 'timeline' },
  {
    command: 'open',
    keys: ['Enter'],
    shown: ['Enter'],
    description: 'Open the focused event (its quotes)',
    scope: 'timeline',
  },
  {
    command: 'close',
    keys: ['Escape'],
    shown: ['Esc'],
    description: 'Close the event (and the quotes sheet on narrow screens)',
    scope: 'timeline',
  },
  { command: 'help', keys: ['?'], shown: ['?'], description: 'Show these keyboard shortcuts', scope: 'page' },
];

export const SEARCH_KEYMAP: readonly KeyBinding<SearchCommand>[] = [
  { command: 'search', keys: ['/'], shown: ['/'], description: 'Search events and quotes', scope: 'page' },
  {
    command: 'clear-search',
    keys: ['Escape'],
    shown: ['Esc'],
    description: 'Clear the search (in the search box)',
    scope: 'search',
  },
];

/** Every shortcut, as the help lists them. */
export const SHORTCUTS: readonly KeyBinding<Command | SearchCommand>[] = [...KEYMAP, ...SEARCH_KEYMAP];

export interface KeyPress {
  readonly key: string;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
}

/** Letter keys that mean text where text is typed; named keys (arrows, Enter…) keep their meaning there. */
const TYPED = /^.$/u;

/**
 * The command a key press runs in `scope`, or undefined. Presses with Alt, Ctrl or Meta belong to
 * the browser; a printable key typed into a text field is text, not a command.
 */
export function commandFor(press: KeyPress, scope: KeyBinding['scope'], inTextField: boolean): Command | undefined {
  if (press.altKey || press.ctrlKey || press.metaKey) return undefined;
  if (inTextField && TYPED.test(press.key)) return undefined;
  return KEYMAP.find((b) => b.scope === scope && b.keys.includes(press.key))?.command;
}

/** The search command a key press runs in `scope` (`/` is text in a field, so it focuses the box only from elsewhere). */
export function searchCommandFor(
  press: KeyPress,
  scope: KeyBinding['scope'],
  inTextField: boolean,
): SearchCommand | undefined {
  if (press.altKey || press.ctrlKey || press.metaKey) return undefined;
  if (inTextField && TYPED.test(press.key)) return undefined;
  return SEARCH_KEYMAP.find((b) => b.scope === scope && b.keys.includes(press.key))?.command;
}
