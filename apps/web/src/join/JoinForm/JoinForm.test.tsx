import type { Language } from '@avaa/board-model';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Membership } from '../../access/personalToken.ts';
import { type MessageKey, translate } from '../../i18n/index.ts';
import { usePreferences } from '../../state/preferences.ts';
import { createServerWorkshop, type ServerWorkshop } from '../../testing/serverWorkshop.ts';
import { JoinForm } from './JoinForm.tsx';

let workshop: ServerWorkshop;
let other: ServerWorkshop;
beforeAll(async () => {
  workshop = await createServerWorkshop('Ohjaamon kehittämispäivä');
  other = await createServerWorkshop('Toinen työpaja');
});

/** The form for `linkToken`, in `language`; resolves what it hands on once someone joined. */
function showForm(linkToken: string, language: Language = 'fi') {
  act(() => usePreferences.getState().chooseLanguage(language));
  const joined: Membership[] = [];
  let closed = 0;
  render(
    <JoinForm
      workshopId={workshop.id}
      linkToken={linkToken}
      initialName=""
      onJoined={(membership) => joined.push(membership)}
      onClosed={() => closed++}
    />,
  );
  const words = (key: MessageKey) => translate(language, key);
  return { joined, closed: () => closed, words };
}

async function fill(words: (key: MessageKey) => string, name: string, role: MessageKey | null) {
  if (name) await userEvent.type(screen.getByRole('textbox', { name: words('join.name') }), name);
  if (role) await userEvent.click(screen.getByRole('radio', { name: words(role) }));
  await userEvent.click(screen.getByRole('button', { name: words('join.submit') }));
}

describe('JoinForm, answered by the real server', () => {
  it('joins with a name and a role: the server adds the person and hands back their token', async () => {
    const { joined, words } = showForm(workshop.tokens.participant);
    await fill(words, 'Opinto-ohjaaja', 'role.other-staff');
    await waitFor(() => expect(joined).toHaveLength(1));
    expect(joined[0]?.person).toMatchObject({ name: 'Opinto-ohjaaja', role: 'other-staff' });
    expect(joined[0]?.token).not.toBe(workshop.tokens.participant);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('asks for a name, beside its field', async () => {
    const { joined, words } = showForm(workshop.tokens.participant);
    await fill(words, '', 'role.core-staff');
    expect(screen.getByRole('alert').textContent).toBe(words('join.error.empty-name'));
    expect(screen.getByRole('textbox', { name: words('join.name') }).getAttribute('aria-invalid')).toBe('true');
    expect(joined).toHaveLength(0);
  });

  for (const language of ['fi', 'sv'] as const) {
    it(`says in words (${language}) that the server refused a link not for this workshop`, async () => {
      const { joined, words } = showForm(other.tokens.participant, language);
      await fill(words, 'Kelan palveluneuvoja', 'role.network-partner');
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toBe(words('join.error.unauthorized'));
      expect(joined).toHaveLength(0);
      expect(screen.getByRole('button', { name: words('join.submit') })).toHaveProperty('disabled', false);
    });
  }

  it('asks for a role when a name is given without one', async () => {
    const { joined, words } = showForm(workshop.tokens.participant);
    await fill(words, 'Työvalmentaja', null);
    expect(screen.getByRole('alert').textContent).toBe(words('join.error.unknown-role'));
    expect(screen.getByRole('group', { name: words('join.role') }).getAttribute('aria-invalid')).toBe('true');
    expect(joined).toHaveLength(0);
  });
});
