// y-indexeddb keeps the common table's local copy; jsdom has no IndexedDB of its own.
import 'fake-indexeddb/auto';
import { type Language, readReadyCheck, readyAnswersMap, setStage, startReadyCheck } from '@avaa/board-model';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { translate } from '../i18n/index.ts';
import { usePreferences } from '../state/preferences.ts';
import { renderInWorkshop, workshopDoc } from '../testing/workshopFixture.tsx';
import { ReadyCheckControl } from './ReadyCheckControl.tsx';
import { ReadyCheckDock } from './ReadyCheckDock.tsx';

const PEOPLE = [
  { name: 'Palveluohjaaja', role: 'core-staff' },
  { name: 'Nuorisotyö', role: 'other-staff' },
  { name: 'Kela-yhteys', role: 'network-partner' },
] as const;

function setUp(language: Language) {
  act(() => usePreferences.getState().chooseLanguage(language));
  return workshopDoc({ people: PEOPLE });
}

/** What the server writes for a person (the API is its only writer of answers). */
function answer(doc: Y.Doc, person: string, value: 'ready' | 'more-time') {
  const check = readReadyCheck(doc);
  if (!check) throw new Error('no check open');
  act(() => readyAnswersMap(doc).set(`${check.id} ${person}`, value));
}

describe('the ready check', () => {
  for (const language of ['fi', 'sv'] as const) {
    it(`the facilitator asks, sees the count live and who is not ready, and ends it (${language})`, async () => {
      const t = (key: Parameters<typeof translate>[1], params?: Record<string, number>) =>
        translate(language, key, params);
      const { doc, ids } = setUp(language);
      const user = userEvent.setup();
      renderInWorkshop(<ReadyCheckControl />, doc);
      await user.click(screen.getByText(t('readyCheck.start')));
      await user.click(screen.getByRole('button', { name: t('readyCheck.askPeople') }));
      expect(readReadyCheck(doc)?.scope).toBe('people');
      expect(screen.getByRole('status').textContent).toBe(t('readyCheck.countLong', { ready: 0, total: 3 }));
      answer(doc, ids[0] as string, 'ready');
      answer(doc, ids[1] as string, 'more-time');
      expect(screen.getByRole('status').textContent).toBe(t('readyCheck.countLong', { ready: 1, total: 3 }));
      await user.click(screen.getByText(t('readyCheck.count', { ready: 1, total: 3 })));
      // People who joined in the same millisecond are listed by their random ids: compare as a set.
      const waiting = screen.getAllByRole('listitem').map((item) => item.textContent);
      expect(waiting.sort()).toEqual(
        [`Nuorisotyö – ${t('readyCheck.moreTimeState')}`, `Kela-yhteys – ${t('readyCheck.noAnswer')}`].sort(),
      );
      await user.click(screen.getByRole('button', { name: t('readyCheck.end') }));
      expect(readReadyCheck(doc)).toBeNull();
      expect(screen.getByRole('status').textContent).toBe('');
    });
  }

  it('a participant gets the question with two buttons showing their stored answer; moving on takes it away', async () => {
    const { doc, ids } = setUp('fi');
    const me = ids[1] as string;
    renderInWorkshop(<ReadyCheckDock />, doc, {
      role: 'participant',
      personId: ids[1] ?? null,
      personToken: 'offline',
    });
    expect(screen.queryByRole('button')).toBeNull();
    act(() => {
      startReadyCheck(doc, 'people');
    });
    expect(screen.getByRole('heading', { name: translate('fi', 'readyCheck.questionPeople') })).toBeTruthy();
    const ready = screen.getByRole('button', { name: translate('fi', 'readyCheck.ready') });
    expect(ready.getAttribute('aria-pressed')).toBe('false');
    answer(doc, me, 'ready');
    expect(ready.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText(translate('fi', 'readyCheck.answeredReady'))).toBeTruthy();
    answer(doc, me, 'more-time');
    expect(ready.getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByText(translate('fi', 'readyCheck.countLong', { ready: 0, total: 3 }))).toBeTruthy();
    act(() => {
      setStage(doc, 'group-work');
    });
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('an answer the server refuses is said, and nothing is shown as answered', async () => {
    const { doc, ids } = setUp('sv');
    act(() => {
      startReadyCheck(doc, 'people');
    });
    renderInWorkshop(<ReadyCheckDock />, doc, {
      role: 'participant',
      personId: ids[0] ?? null,
      personToken: 'not-a-token',
    });
    await userEvent.setup().click(screen.getByRole('button', { name: translate('sv', 'readyCheck.ready') }));
    const alert = await screen.findByRole('alert');
    expect([translate('sv', 'readyCheck.refused'), translate('sv', 'readyCheck.offline')]).toContain(alert.textContent);
    expect(screen.getByRole('button', { name: translate('sv', 'readyCheck.ready') }).getAttribute('aria-pressed')).toBe(
      'false',
    );
  });
});
