import type { ReadyAnswer, ReadyCheckState } from '@avaa/board-model';
import { useState } from 'react';
import { type MessageKey, useT } from '../i18n/index.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { answerReadyCheck } from './readyAnswer.ts';
import { myAnswerer, useReadyCheck } from './useReadyCheck.ts';
import './readyCheck.css';

/**
 * A participant's side of the ready check: while one is open, a panel at the bottom of the
 * window asks "are you ready?" with two large buttons, the answer changeable until the
 * facilitator moves on. It never takes the keyboard's focus (people may be typing a note);
 * the question and each stored answer are said in a polite live region, always mounted.
 */
export function ReadyCheckDock() {
  const t = useT();
  const workshop = useWorkshop();
  const check = useReadyCheck(workshop.doc);
  // Everyone in the people list is counted: a facilitator who joined as a person answers too.
  const asks = workshop.personToken !== null;
  return (
    <>
      <p className="visually-hidden" role="status">
        {check && asks ? t(check.scope === 'groups' ? 'readyCheck.questionGroups' : 'readyCheck.questionPeople') : ''}
      </p>
      {check && asks && <Question key={check.id} check={check} />}
    </>
  );
}

function Question({ check }: { check: ReadyCheckState }) {
  const t = useT();
  const workshop = useWorkshop();
  const mine = myAnswerer(check, workshop.personId, workshop.myGroup);
  const [sending, setSending] = useState<ReadyAnswer | null>(null);
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const groups = check.scope === 'groups';
  const send = async (answer: ReadyAnswer) => {
    if (!workshop.personToken) return;
    setSending(answer);
    const refused = await answerReadyCheck(workshop.workshopId, workshop.personToken, check.id, answer);
    setSending(null);
    setProblem(refused);
  };
  const answer = mine?.answer ?? null;
  return (
    <section className="ready-dock" aria-label={t('readyCheck.label')}>
      <h2 className="ready-dock__question">
        {t(mine ? (groups ? 'readyCheck.questionGroups' : 'readyCheck.questionPeople') : 'readyCheck.notAsked')}
      </h2>
      {mine && (
        <div className="ready-dock__answers">
          <button
            type="button"
            className="ready-dock__answer ready-dock__answer--ready"
            aria-pressed={answer === 'ready'}
            disabled={sending !== null}
            onClick={() => send('ready')}
          >
            <span aria-hidden="true">✓ </span>
            {t('readyCheck.ready')}
          </button>
          <button
            type="button"
            className="ready-dock__answer ready-dock__answer--more-time"
            aria-pressed={answer === 'more-time'}
            disabled={sending !== null}
            onClick={() => send('more-time')}
          >
            {t(groups ? 'readyCheck.moreTimeGroup' : 'readyCheck.moreTime')}
          </button>
        </div>
      )}
      <p className="ready-dock__state" role="status">
        {problem
          ? ''
          : answer === 'ready'
            ? t('readyCheck.answeredReady')
            : answer === 'more-time'
              ? t('readyCheck.answeredMoreTime')
              : ''}
      </p>
      <p className="ready-dock__count">{t('readyCheck.countLong', { ready: check.ready, total: check.total })}</p>
      {problem && (
        <p className="ready-dock__problem" role="alert">
          {t(problem)}
        </p>
      )}
    </section>
  );
}
