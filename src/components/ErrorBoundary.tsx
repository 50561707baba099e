import { Component, type ReactNode } from 'react';

interface Props {
  readonly children: ReactNode;
  /** Where "Go to the home page" leads ("/" when not given). */
  readonly home?: string;
}

interface State {
  readonly error: Error | null;
}

/**
 * Catches any error thrown while rendering the app and says so, with the error's message as plain
 * text and a way back, instead of leaving a blank page.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <main className="status-message">
        <div role="alert" className="error">
          <h2>Something went wrong</h2>
          <p>{error.message || 'An unexpected error stopped the timeline from showing.'}</p>
          <p>
            <a href={this.props.home ?? '/'}>Go to the home page</a>
          </p>
        </div>
      </main>
    );
  }
}
