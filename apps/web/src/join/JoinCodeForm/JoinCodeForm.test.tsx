import { WORKSHOP_ID_ALPHABET } from '@avaa/protocol';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { type MessageKey, translate } from '../../i18n/index.ts';
import { usePreferences } from '../../state/preferences.ts';
import { createServerWorkshop } from '../../testing/serverWorkshop.ts';
import { JoinCodeForm } from './JoinCodeForm.tsx';

/** A well-formed code that is not `code`. */
const otherCode = (code: string) =>
  [...code].map((char) => WORKSHOP_ID_ALPHABET[(WORKSHOP_ID_ALPHABET.indexOf(char) + 1) % 31]).join('');

describe('JoinCodeForm, answered by the real server', () => {
  for (const language of ['fi', 'sv'] as const) {
    it(`says in words (${language}) that a code is not six characters, then that the server knows no such code`, async () => {
      act(() => usePreferences.getState().chooseLanguage(language));
      const words = (key: MessageKey) => translate(language, key);
      const { joinCode } = await createServerWorkshop('Ohjaamon kehittämispäivä');
      render(<JoinCodeForm />);
      const field = screen.getByRole('textbox', { name: words('joinCode.label') });
      await userEvent.type(field, 'ab1');
      await userEvent.click(screen.getByRole('button', { name: words('joinCode.submit') }));
      expect(screen.getByRole('alert').textContent).toBe(words('joinCode.error.format'));

      await userEvent.clear(field);
      await userEvent.type(field, otherCode(joinCode).toUpperCase());
      await userEvent.click(screen.getByRole('button', { name: words('joinCode.submit') }));
      expect((await screen.findByText(words('joinCode.error.unknown'))).getAttribute('role')).toBe('alert');
      expect(field.getAttribute('aria-invalid')).toBe('true');
    });
  }
});
