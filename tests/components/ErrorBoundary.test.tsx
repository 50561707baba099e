import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/App.tsx';
import { ErrorBoundary } from '../../src/components/ErrorBoundary.tsx';
import type { Dataset } from '../../src/domain/dataset.ts';
import { createParleyStore } from '../../src/store/store.ts';
import { withStore } from '../testUtils.tsx';

function Boom({ message }: { message: string }): never {
  throw new Error(message);
}

/** React reports caught render errors on the console; these tests expect them. */
function quietConsole() {
  return vi.spyOn(console, 'error').mockImplementation(() => undefined);
}

describe('ErrorBoundary', () => {
  it('renders its children when nothing throws', () => {
    render(
      <ErrorBoundary>
        <p>All fine</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('All fine')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows "Something went wrong", the message as plain text and a link home', () => {
    quietConsole();
    render(
      <ErrorBoundary>
        <Boom message={'dataset index missing <img src=x onerror="alert(1)">'} />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
    expect(within(alert).getByText('dataset index missing <img src=x onerror="alert(1)">')).toBeInTheDocument();
    expect(alert.querySelector('img')).toBeNull();
    expect(within(alert).getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
  });

  it('wraps the whole app: a render error inside it shows the message instead of a blank page', () => {
    quietConsole();
    // A dataset without its indexes makes the first component that reads one throw.
    const store = createParleyStore({ base: '/', origin: 'http://localhost:3000', dataset: {} as Dataset });
    render(withStore(store, <App />));
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
    expect(within(alert).getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
  });
});
