import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { ExportFormat } from '../domain/interchange/types.ts';
import { useDownload, type DownloadState, type ExportOrder } from '../hooks/useDownload.ts';

/** The choices, in the menu's order: what each is called and what it is for. */
const CHOICES: readonly { format: ExportFormat; label: string; use: string; what: string }[] = [
  { format: 'ics', label: 'Calendar (.ics)', use: 'for a calendar app', what: 'calendar' },
  { format: 'csv', label: 'Spreadsheet (.csv)', use: 'one row per event, the Parley template', what: 'spreadsheet' },
  { format: 'json', label: 'Data (JSON)', use: 'a Parley data folder’s content', what: 'data' },
  { format: 'timelinejs', label: 'TimelineJS (JSON)', use: 'to open in TimelineJS', what: 'TimelineJS file' },
];

const whatOf = (format: ExportFormat) => CHOICES.find((c) => c.format === format)?.what ?? 'file';

// NOTE: not formatCount: this chunk imports nothing of the app's modules (see useDownload.ts).
const formatCount = (n: number) => n.toLocaleString('en');

/** "the 12 events shown", "all 104 events", "the 1 event shown". */
function viewWords(shown: number, total: number): string {
  if (shown === total) return `all ${formatCount(total)} ${total === 1 ? 'event' : 'events'}`;
  return `the ${formatCount(shown)} ${shown === 1 ? 'event' : 'events'} shown`;
}

function StatusText({ state }: { readonly state: DownloadState }) {
  switch (state.kind) {
    case 'preparing':
      return <>Preparing the {whatOf(state.format)}…</>;
    case 'done':
      return <>Downloaded {state.fileName}.</>;
    default:
      return null;
  }
}

export interface DownloadMenuProps {
  readonly visibleCount: number;
  readonly totalCount: number;
  /** The view to export, read when a format is chosen. */
  readonly order: () => ExportOrder;
  /** Open at once: the reader pressed Download before this code had arrived. */
  readonly initiallyOpen?: boolean;
  /** Take the focus: the button that stood in for this one had it. */
  readonly focus?: boolean;
}

/**
 * "Download": a button that opens a short list of formats for the view on screen (filters and
 * search applied, in the timeline's order). The list is a disclosure, not an ARIA menu: its choices
 * are ordinary buttons, reached with Tab or the arrow keys; Escape closes it and gives the focus
 * back to Download. The page keeps working while a file is prepared ("Preparing…"), and a failure
 * is said in words.
 */
export function DownloadMenu({
  visibleCount,
  totalCount,
  order,
  initiallyOpen = false,
  focus = false,
}: DownloadMenuProps) {
  const { state, download } = useDownload(order);
  const [open, setOpen] = useState(initiallyOpen);
  const id = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const preparing = state.kind === 'preparing';
  const empty = visibleCount === 0;

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) toggle.current?.focus();
  };

  // Takes the focus from the button that stood in for it while its code loaded (DownloadButton).
  useEffect(() => {
    if (focus) toggle.current?.focus();
  }, [focus]);

  // The button sits at the foot of the sidebar: the list it opens below would start off screen.
  useEffect(() => {
    if (open) root.current?.querySelector('.download-list')?.scrollIntoView?.({ block: 'nearest' });
  }, [open]);

  // A click or a focus anywhere else closes the list, as a menu would.
  useEffect(() => {
    if (!open) return undefined;
    const away = (e: Event) => {
      if (e.target instanceof Node && root.current?.contains(e.target) !== true) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    document.addEventListener('focusin', away);
    return () => {
      document.removeEventListener('pointerdown', away);
      document.removeEventListener('focusin', away);
    };
  }, [open]);

  const choices = () => [...(root.current?.querySelectorAll<HTMLButtonElement>('.download-choice') ?? [])];
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape' && open) {
      e.preventDefault();
      e.stopPropagation();
      close(true);
      return;
    }
    if (!open || !['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key)) return;
    const list = choices();
    if (list.length === 0) return;
    e.preventDefault();
    const at = list.findIndex((b) => b === document.activeElement);
    const next =
      e.key === 'Home'
        ? 0
        : e.key === 'End'
          ? list.length - 1
          : e.key === 'ArrowDown'
            ? (at + 1) % list.length
            : (at <= 0 ? list.length : at) - 1;
    list[next]?.focus();
  };

  const choose = (format: ExportFormat) => {
    close(true);
    download(format);
  };

  return (
    // Escape and the arrow keys are the list's own keys, handled where they bubble to.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions -- keys of a disclosure's buttons
    <div ref={root} className="download" onKeyDown={onKeyDown}>
      <button
        ref={toggle}
        type="button"
        className="button download-button"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-disabled={preparing}
        onClick={() => {
          if (!preparing) setOpen(!open);
        }}
      >
        {preparing ? 'Preparing…' : 'Download'}
      </button>
      <div id={`${id}-list`} className="download-list" hidden={!open}>
        <p id={`${id}-what`} className="download-what">
          {empty
            ? 'No events are shown: there is nothing to download.'
            : `Download ${viewWords(visibleCount, totalCount)} as:`}
        </p>
        <ul>
          {CHOICES.map((c) => (
            <li key={c.format}>
              <button
                type="button"
                className="download-choice"
                aria-describedby={`${id}-what ${id}-${c.format}`}
                aria-disabled={empty}
                onClick={() => {
                  if (!empty) choose(c.format);
                }}
              >
                {c.label}
                {/* Hidden from the name (which is the format alone) and read as its description. */}
                <span id={`${id}-${c.format}`} className="download-use" aria-hidden="true">
                  {c.use}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </div>
      <p role="status" className="download-status">
        <StatusText state={state} />
      </p>
      {state.kind === 'failed' && (
        <p role="alert" className="download-error">
          The {whatOf(state.format)} could not be prepared: {state.message}. Try again, or reload the page.
        </p>
      )}
    </div>
  );
}
