import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetStore } from '../src/store/timelineStore';

afterEach(() => {
  cleanup();
  resetStore();
});
