import { useEffect, useId, useRef } from 'react';
import { commandFor, SHORTCUTS } from '../domain/keymap.ts';

const TEXT_FIELDS = 'input, textarea, select, [contenteditable="true"]';

/**
 * "Keyboard shortcuts": a button, and `?` anywhere on the page, open a dialog listing every row of
 * the keymap, the same table the timeline's keys run from.
 */
export function KeyboardShortcuts() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingId = useId();

  const open = () => {
    const dialog = dialogRef.current;
    if (dialog === null || dialog.open) return;
    // jsdom and old browsers have no showModal; the dialog then opens in place.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
  };
  const close = () => {
    const dialog = dialogRef.current;
    if (dialog === null) return;
    if (typeof dialog.close === 'function') dialog.close();
    else dialog.removeAttribute('open');
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target instanceof Element ? e.target : null;
      if (commandFor(e, 'page', target?.matches(TEXT_FIELDS) ?? false) !== 'help') return;
      e.preventDefault();
      open();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <button type="button" className="button shortcuts-button" onClick={open} aria-keyshortcuts="?">
        Keyboard shortcuts
      </button>
      <dialog ref={dialogRef} className="shortcuts-dialog" aria-labelledby={headingId}>
        <h2 id={headingId}>Keyboard shortcuts</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">Key</th>
              <th scope="col">What it does</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.map((b) => (
              <tr key={b.command}>
                <td>
                  {b.shown.map((k, i) => (
                    <span key={k}>
                      {i > 0 && ' or '}
                      <kbd>{k}</kbd>
                    </span>
                  ))}
                </td>
                <td>{b.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted">
          The event keys work once an event in the timeline has focus (Tab to reach it); <kbd>/</kbd> works anywhere but
          in a text field.
        </p>
        <button type="button" className="button" onClick={close}>
          Close
        </button>
      </dialog>
    </>
  );
}
