import { useState } from 'react';
import { requestPrint } from '../hooks/usePrinting.ts';
import { useActions } from '../hooks/useParley.ts';
import { useVisibleEvents } from '../hooks/useVisibleEvents.ts';

/**
 * "Print": fetches the details of every event in the view first (a long view's chunks may not have
 * arrived), then mounts the printed chronology and opens the browser's print dialog, which also
 * saves as PDF.
 */
export function PrintButton() {
  const { requestEvents } = useActions();
  const { indices, totalCount } = useVisibleEvents();
  const [preparing, setPreparing] = useState(false);
  const print = async () => {
    setPreparing(true);
    await requestEvents(indices ?? Array.from({ length: totalCount }, (_, i) => i));
    setPreparing(false);
    requestPrint();
    window.print();
  };
  return (
    <button type="button" className="button print-button" onClick={() => void print()} aria-disabled={preparing}>
      {preparing ? 'Preparing the print…' : 'Print'}
    </button>
  );
}
