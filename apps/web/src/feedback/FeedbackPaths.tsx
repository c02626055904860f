import { PATH_WORDS, type PathView, RISK_KIND_WORDS, type StepView } from '@avaa/board-model';
import type * as Y from 'yjs';
import { phaseName } from '../board/names.ts';
import { usePaths } from '../doc/usePaths.ts';
import { useLanguage, useT } from '../i18n/index.ts';
import { stepLabel } from '../rounds/PathChanges.tsx';

/**
 * The common table's service paths as a phone reads them: per path an ordered list of its steps,
 * each with its phase, the note it uses or "puuttuva palvelu", and its risk; then the phases the
 * path skips. Words, not colour, carry every mark.
 */
export function FeedbackPaths({ tableDoc }: { tableDoc: Y.Doc }) {
  const t = useT();
  const paths = usePaths(tableDoc);
  return (
    <section className="feedback__part" aria-labelledby="feedback-paths">
      <h2 id="feedback-paths" tabIndex={-1}>
        {t('pathChanges.feedbackHeading')}
      </h2>
      <p className="feedback__question">{t('pathChanges.feedbackIntro')}</p>
      {paths.length === 0 && <p className="feedback__none">{t('pathChanges.noPaths')}</p>}
      {paths.map((path) => (
        <FeedbackPath key={path.id} path={path} />
      ))}
    </section>
  );
}

function FeedbackPath({ path }: { path: PathView }) {
  const t = useT();
  const language = useLanguage();
  const heading = `feedback-path-${path.id}`;
  return (
    <section className="feedback-path" aria-labelledby={heading}>
      <h3 id={heading}>{path.name}</h3>
      {path.description !== '' && <p className="feedback__question">{path.description}</p>}
      {path.steps.length === 0 ? (
        <p className="feedback__none">{t('pathChanges.noSteps')}</p>
      ) : (
        <ol className="feedback-path__steps">
          {path.steps.map((step, index) => (
            <FeedbackStep key={step.id} step={step} number={index + 1} total={path.steps.length} />
          ))}
        </ol>
      )}
      {path.skippedPhases.length > 0 && path.steps.length > 0 && (
        <p className="feedback-path__skipped">
          {t('pathChanges.skipped', { phases: path.skippedPhases.map((p) => phaseName(p, language)).join(', ') })}
        </p>
      )}
    </section>
  );
}

function FeedbackStep({ step, number, total }: { step: StepView; number: number; total: number }) {
  const t = useT();
  const language = useLanguage();
  const phase = phaseName(step.phase, language);
  return (
    <li className="feedback-path__step">
      <span className="visually-hidden">{t('pathChanges.step', { number, total, phase })}: </span>
      <span className="feedback-path__phase" aria-hidden="true">
        {phase}
      </span>{' '}
      <span className="feedback__note">{stepLabel(step)}</span>
      {step.missingService && <span className="feedback-path__missing">{PATH_WORDS[language].missingService}</span>}
      {step.risk && (
        <span className="feedback-path__risk">
          {t('pathChanges.risk', { risk: RISK_KIND_WORDS[language][step.risk.kind] })}
          {step.risk.reason !== '' && ` – ${step.risk.reason}`}
        </span>
      )}
    </li>
  );
}
