import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom lays nothing out and cannot scroll; the virtualiser's calls would each print "Not implemented".
window.scrollTo = (() => undefined) as typeof window.scrollTo;

// Each test makes its own store (tests/testUtils.tsx), so only the DOM needs resetting.
afterEach(() => {
  cleanup();
});
