import { useEffect, useRef, type KeyboardEvent } from 'react';

/**
 * A `<dialog>` shown modally from its first render: focus goes to the element `focusSelector`
 * names inside it, and Escape closes it here, so the page's own Escape (close the event) never
 * sees it and jsdom, which has no cancel, behaves the same. The dialog's close event is the one
 * way it ends: give `onClose` to the dialog's `onClose` too.
 */
export function useModalDialog(focusSelector: string, onClose: () => void) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    // jsdom and old browsers have no showModal; the dialog then opens in place.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    dialog.querySelector<HTMLElement>(focusSelector)?.focus();
  }, [focusSelector]);

  const close = () => {
    const dialog = ref.current;
    if (dialog !== null && typeof dialog.close === 'function' && dialog.open) dialog.close();
    else onClose();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    close();
  };

  return { ref, close, onKeyDown };
}
