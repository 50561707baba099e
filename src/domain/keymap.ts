/**
 * The keyboard shortcuts, as data: the same table decides what a key does and is shown as the
 * "Keyboard shortcuts" help, so the two cannot drift apart.
 */

export type Command = 'next' | 'previous' | 'first' | 'last' | 'open' | 'close' | 'help';

export interface KeyBinding {
  readonly command: Command;
  /** `KeyboardEvent.key` values that run the command. */
  readonly keys: readonly string[];
  /** How the keys are written in the help. */
  readonly shown: readonly string[];
  readonly description: string;
  /** Where the keys work: in the timeline (its events have focus), or anywhere on the page. */
  readonly scope: 'timeline' | 'page';
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
