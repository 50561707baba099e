import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetStore } from '../src/store/timelineStore';
import { useViewportStore } from '../src/store/viewportStore';

afterEach(() => {
  cleanup();
  resetStore();
  useViewportStore.setState(useViewportStore.getInitialState(), true);
});
