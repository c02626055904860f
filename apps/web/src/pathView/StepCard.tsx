import { RISK_KIND_WORDS } from '@avaa/board-model';
import { useLanguage, useT } from '../i18n/index.ts';
import { HyphenatedText } from '../notes/HyphenatedText.tsx';
import type { LaneStep } from './lanes.ts';

/**
 * One step (`hyphenated`: long words break at their syllables, on the projector's large type): its number in the path, the note's text, or "Puuttuva palvelu: …" for a free step
 * or a deleted note, and a risk with its icon, word and reason. Read as
 * "1. Walk-in-ohjaus riski: luukuttaminen: …".
 */
export function StepCard({ step: { step, number }, hyphenated }: { step: LaneStep; hyphenated?: boolean | undefined }) {
  const t = useT();
  const language = useLanguage();
  const missing = step.missingService;
  const text = step.note?.text ?? (step.text || t('pathView.noteDeleted'));
  return (
    <div className={`path-step${missing ? ' path-step--missing' : ''}${step.risk ? ' path-step--risk' : ''}`}>
      <span className="path-step__number">{number}.</span>{' '}
      {missing && (
        <>
          <span className="path-step__missing">
            <span aria-hidden="true">⊘ </span>
            {t('pathView.missing')}:
          </span>{' '}
        </>
      )}
      <span className="path-step__text">{hyphenated ? <HyphenatedText text={text} /> : text}</span>
      {step.risk && ' '}
      {step.risk && (
        <span className="path-step__risk">
          <span aria-hidden="true">⚠ </span>
          {t('pathView.risk')}: {RISK_KIND_WORDS[language][step.risk.kind]}
          {step.risk.reason && <span className="path-step__reason">: {step.risk.reason}</span>}
        </span>
      )}
    </div>
  );
}
