import {
  addAgreement,
  addStep,
  closeRound,
  createNote,
  createPath,
  type Language,
  linkPathToAgreement,
  PATH_WORDS,
  type Result,
  RISK_KIND_WORDS,
  removeStep,
  seedWorkshop,
} from '@avaa/board-model';
import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { plural, translate } from '../i18n/index.ts';
import { usePreferences } from '../state/preferences.ts';
import { FeedbackContent } from './FeedbackContent.tsx';

function must<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** A table with one path of three steps (one a missing service with a risk), a round, then a step removed. */
function workshopWithPath() {
  const workshop = new Y.Doc();
  seedWorkshop(workshop, { title: 'Kehittämispäivä', language: 'fi', createdAt: 1 });
  const table = new Y.Doc();
  const walkIn = must(createNote(table, 'start:services', { text: 'Walk-in-ohjaus' }));
  const path = must(createPath(table, { name: 'Nuori, joka etsii opiskelupaikkaa' }));
  must(addStep(table, path, { phase: 'before', text: 'Some-mainonta' }));
  must(addStep(table, path, { noteId: walkIn }));
  const gone = must(addStep(table, path, { phase: 'ending', text: 'Jatkopolku' }));
  must(
    addStep(table, path, {
      phase: 'during',
      text: 'Opinto-ohjaus',
      risk: { kind: 'waiting', reason: 'Jono viikkoja' },
    }),
  );
  const item = must(addAgreement(workshop, 'other-material', { text: 'Päivitetään palvelupolkukuvaukset' }));
  must(linkPathToAgreement(workshop, table, item, path));
  must(closeRound(workshop, table, { name: 'Kevät', date: '2027-01-15' }));
  must(removeStep(table, path, gone));
  return { workshop, table };
}

function show(language: Language) {
  act(() => usePreferences.getState().chooseLanguage(language));
  const { workshop, table } = workshopWithPath();
  render(<FeedbackContent workshopDoc={workshop} tableDoc={table} tableLoaded />);
}

describe('the feedback page with service paths', () => {
  for (const language of ['fi', 'sv'] as const) {
    it(`lists each path's steps in order with phase, service or missing service and risk, in ${language}`, () => {
      show(language);
      const part = screen.getByRole('region', { name: translate(language, 'pathChanges.feedbackHeading') });
      const path = within(part).getByRole('region', { name: 'Nuori, joka etsii opiskelupaikkaa' });
      const steps = within(path).getAllByRole('listitem');
      expect(steps.map((step) => step.textContent)).toEqual([
        expect.stringContaining('Some-mainonta'),
        expect.stringContaining('Walk-in-ohjaus'),
        expect.stringContaining('Opinto-ohjaus'),
      ]);
      const [first, second, third] = steps as [HTMLElement, HTMLElement, HTMLElement];
      const step = (number: number, phase: string) =>
        `${translate(language, 'pathChanges.step', { number, total: 3, phase })}:`;
      expect(first.textContent).toContain(
        step(1, language === 'fi' ? 'Ennen asiakkuuden alkua' : 'Innan kundrelationen börjar'),
      );
      expect(within(first).getByText(PATH_WORDS[language].missingService)).toBeTruthy();
      expect(within(second).queryByText(PATH_WORDS[language].missingService)).toBeNull();
      expect(third.textContent).toContain(
        `${translate(language, 'pathChanges.risk', { risk: RISK_KIND_WORDS[language].waiting })} – Jono viikkoja`,
      );
      expect(
        within(path).getByText(new RegExp(translate(language, 'pathChanges.skipped', { phases: '' }))),
      ).toBeTruthy();
      // The changes since the round count the removed step in words.
      const changes = screen.getByRole('region', { name: new RegExp(translate(language, 'feedback.changesShort')) });
      expect(within(changes).getByText(plural(language, 'pathChanges.stepsRemoved', 1))).toBeTruthy();
      // The agreement item about the path names it.
      const agreements = screen.getByRole('region', { name: translate(language, 'feedback.agreements') });
      expect(within(agreements).getByText(translate(language, 'pathChanges.aboutPaths'))).toBeTruthy();
      expect(within(agreements).getByText('Nuori, joka etsii opiskelupaikkaa')).toBeTruthy();
    });
  }
});
