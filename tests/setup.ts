import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetStore } from '../src/store/timelineStore.ts';
import { useViewportStore } from '../src/store/viewportStore.ts';

afterEach(() => {
  cleanup();
  resetStore();
  useViewportStore.setState(useViewportStore.getInitialState(), true);
});
