import type { MouseEvent } from 'react';

/** The first stop in the tab order: straight to the events. */
export function SkipLink() {
  const skip = (e: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById('timeline');
    if (target === null) return;
    e.preventDefault();
    target.focus();
    target.scrollIntoView({ block: 'start' });
  };
  return (
    <a className="skip-link" href="#timeline" onClick={skip}>
      Skip to timeline
    </a>
  );
}
