import { createElement, useRef, useState } from 'react';
import type { ExportOrder } from '../hooks/useDownload.ts';
import { useParley } from '../hooks/useParley.ts';
import { useVisibleEvents } from '../hooks/useVisibleEvents.ts';
import type { DownloadMenu as DownloadMenuType } from './DownloadMenu.tsx';
import '../styles/download.css';

type Menu = typeof DownloadMenuType;

/*
 * The Download menu's code (its list, the download hook and the worker's address) is a chunk of its
 * own, so the first screen's JavaScript carries only this button. The chunk is fetched when a
 * pointer or the focus comes to the button, and the menu then takes its place (and its focus);
 * pressed before it arrives, the menu opens as soon as it does. Prerendered pages show this button
 * (hidden without JavaScript: the page's foot links the whole timeline's files instead).
 */
let loaded: Menu | null = null;
let loading: Promise<Menu> | null = null;

function loadMenu(): Promise<Menu> {
  loading ??= import('./DownloadMenu.tsx').then(
    (m) => (loaded = m.DownloadMenu),
    (err: unknown) => {
      loading = null;
      throw err;
    },
  );
  return loading;
}

/** "Download", in the sidebar under Print (in the filter sheet on phones): the menu of formats for the view on screen. */
export function DownloadButton() {
  const { indices, visibleCount, totalCount } = useVisibleEvents();
  const base = useParley((s) => s.base);
  const origin = useParley((s) => s.origin);
  const [menu, setMenu] = useState<{ Menu: Menu; open: boolean; focus: boolean } | null>(() =>
    loaded === null ? null : { Menu: loaded, open: false, focus: false },
  );
  const [failed, setFailed] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  // Pressed while the code was on its way (fetched on hover or focus): the menu opens when it comes.
  const pressed = useRef(false);

  const load = (open: boolean) => {
    pressed.current ||= open;
    setFailed(false);
    loadMenu().then(
      (Menu) => {
        const focus = document.activeElement === button.current;
        setMenu((m) => m ?? { Menu, open: pressed.current, focus });
      },
      () => setFailed(pressed.current),
    );
  };

  if (menu !== null) {
    // The dataset's index sits beside the pages, where main.tsx loads it.
    const order = (): ExportOrder => ({
      positions: indices,
      site: { base, origin },
      indexUrl: new URL(`${base}dataset.json`, window.location.href).href,
    });
    return createElement(menu.Menu, {
      visibleCount,
      totalCount,
      order,
      initiallyOpen: menu.open,
      focus: menu.focus,
    });
  }
  return (
    <div className="download">
      <button
        ref={button}
        type="button"
        className="button download-button"
        aria-expanded={false}
        onPointerEnter={() => load(false)}
        onFocus={() => load(false)}
        onClick={() => load(true)}
      >
        Download
      </button>
      {failed && (
        <p role="alert" className="download-error">
          The download menu could not be loaded. Check the connection and try again.
        </p>
      )}
    </div>
  );
}
