import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { KeyboardShortcuts } from '../../src/components/KeyboardShortcuts.tsx';
import { commandFor, SHORTCUTS } from '../../src/domain/keymap.ts';
import { renderWithData } from '../testUtils.tsx';

describe('KeyboardShortcuts', () => {
  it('opens from its button and lists every row of the keymap', async () => {
    const { user } = renderWithData(<KeyboardShortcuts />);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const rows = within(dialog).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[1]?.textContent)).toEqual(
      SHORTCUTS.map((b) => b.description),
    );
    expect(rows[0]).toHaveTextContent('j or ↓');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('opens with "?" anywhere but in a text field', async () => {
    const { user } = renderWithData(
      <>
        <label>
          Notes <input />
        </label>
        <KeyboardShortcuts />
      </>,
    );
    await user.click(screen.getByRole('textbox', { name: 'Notes' }));
    await user.keyboard('?');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Notes' })).toHaveValue('?');
    screen.getByRole('textbox', { name: 'Notes' }).blur();
    await user.keyboard('?');
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
  });
});

describe('commandFor', () => {
  const press = (key: string, mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) => ({
    key,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    ...mods,
  });

  it.each([
    ['j', 'timeline', false, 'next'],
    ['ArrowDown', 'timeline', true, 'next'],
    ['k', 'timeline', false, 'previous'],
    ['Home', 'timeline', false, 'first'],
    ['End', 'timeline', false, 'last'],
    ['Enter', 'timeline', false, 'open'],
    ['Escape', 'timeline', false, 'close'],
    ['?', 'page', false, 'help'],
    ['?', 'timeline', false, undefined],
    ['j', 'timeline', true, undefined],
    ['?', 'page', true, undefined],
    ['x', 'timeline', false, undefined],
  ] as const)('%s in the %s (in a text field: %s) runs %s', (key, scope, inField, command) => {
    expect(commandFor(press(key), scope, inField)).toBe(command);
  });

  it('leaves presses with Alt, Ctrl or Meta to the browser', () => {
    expect(commandFor(press('j', { ctrlKey: true }), 'timeline', false)).toBeUndefined();
    expect(commandFor(press('?', { metaKey: true }), 'page', false)).toBeUndefined();
    expect(commandFor(press('End', { altKey: true }), 'timeline', false)).toBeUndefined();
  });
});
