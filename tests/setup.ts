import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Each test makes its own store (tests/testUtils.tsx), so only the DOM needs resetting.
afterEach(() => {
  cleanup();
});
