import type { GroupingProblem, PersonId } from '@avaa/board-model';
import { useId } from 'react';
import { useLanguage, useT } from '../i18n/index.ts';
import { describeProblems } from './problemText.ts';

/** A grouping's problems in words, or that the groups follow the method. */
export function ProblemList({
  problems,
  personName,
  groupNumber,
}: {
  problems: readonly GroupingProblem[];
  personName: (id: PersonId) => string | undefined;
  groupNumber: (index: number) => number;
}) {
  const t = useT();
  const language = useLanguage();
  const id = useId();
  const texts = describeProblems(problems, { t, language, personName, groupNumber });
  if (texts.length === 0) return <p className="problems problems--none">{t('groups.problems.none')}</p>;
  return (
    <section className="problems" aria-labelledby={id}>
      <h4 id={id}>{t('groups.problems.heading')}</h4>
      <ul>
        {texts.map((text) => (
          <li key={text}>
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
              <path d="M8 1.5 15 14.5H1Z M8 6v4.5 M8 12v1.2" fill="none" stroke="currentColor" strokeWidth="1.8" />
            </svg>
            {text}
          </li>
        ))}
      </ul>
    </section>
  );
}
