import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useValueAfterPaint } from '../../src/hooks/useValueAfterPaint.ts';

describe('useValueAfterPaint', () => {
  it('gives the first value at once, and a new one only after the next frame', async () => {
    const { result, rerender } = renderHook(({ value }) => useValueAfterPaint(value), {
      initialProps: { value: 'all events' },
    });
    expect(result.current).toBe('all events');

    act(() => rerender({ value: 'one actor' }));
    // The render that brings the new value still shows the old one: the frame is painted first.
    expect(result.current).toBe('all events');
    await waitFor(() => expect(result.current).toBe('one actor'));
  });

  it('keeps only the latest of values that change before a frame', async () => {
    const seen: string[] = [];
    const { result, rerender } = renderHook(
      ({ value }) => {
        const shown = useValueAfterPaint(value);
        seen.push(shown);
        return shown;
      },
      { initialProps: { value: 'a' } },
    );
    act(() => rerender({ value: 'b' }));
    act(() => rerender({ value: 'c' }));
    await waitFor(() => expect(result.current).toBe('c'));
    expect(seen).not.toContain('b');
  });
});
