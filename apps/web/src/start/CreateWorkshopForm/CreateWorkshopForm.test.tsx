import { isWorkshopId } from '@avaa/protocol';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CreatedWorkshop } from '../../app/api.ts';
import { type MessageKey, translate } from '../../i18n/index.ts';
import { usePreferences } from '../../state/preferences.ts';
import { CreateWorkshopForm } from './CreateWorkshopForm.tsx';

function showForm() {
  act(() => usePreferences.getState().chooseLanguage('sv'));
  const created: CreatedWorkshop[] = [];
  render(<CreateWorkshopForm onCreated={(workshop) => created.push(workshop)} />);
  return { created, words: (key: MessageKey) => translate('sv', key) };
}

describe('CreateWorkshopForm, answered by the real server', () => {
  it('asks for a title beside its field, in the UI language', async () => {
    const { created, words } = showForm();
    await userEvent.click(screen.getByRole('button', { name: words('start.form.submit') }));
    expect(screen.getByRole('alert').textContent).toBe(words('start.error.title'));
    expect(screen.getByRole('textbox', { name: words('start.form.title') }).getAttribute('aria-invalid')).toBe('true');
    expect(created).toHaveLength(0);
  });

  it('creates the workshop in the language chosen, and hands on its links', async () => {
    const { created, words } = showForm();
    await userEvent.type(screen.getByRole('textbox', { name: words('start.form.title') }), '  Ohjaamo Vaasa  ');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: words('start.form.language') }), 'fi');
    await userEvent.click(screen.getByRole('button', { name: words('start.form.submit') }));
    await waitFor(() => expect(created).toHaveLength(1));
    expect(created[0]).toMatchObject({ title: 'Ohjaamo Vaasa', language: 'fi' });
    expect(isWorkshopId(created[0]?.id)).toBe(true);
    expect(created[0]?.links.participant).toMatch(/^http/);
  });
});
