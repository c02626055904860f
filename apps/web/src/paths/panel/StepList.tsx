import type { PathView, StepView } from '@avaa/board-model';
import { useId } from 'react';
import { useLanguage, useT } from '../../i18n/index.ts';
import { StepTools } from './StepTools.tsx';
import { stepLabel, stepParts } from './stepLabel.ts';

type Props = { path: PathView; label: string; canEdit: boolean };

/** A path's steps as an ordered list, each named as a screen reader should say it. */
export function StepList({ path, label, canEdit }: Props) {
  const t = useT();
  if (path.steps.length === 0) return <p className="path-item__empty">{t('pathPanel.noSteps')}</p>;
  return (
    <ol className="path-steps" aria-label={t('pathPanel.steps', { label })}>
      {path.steps.map((step, index) => (
        <StepItem key={step.id} path={path} step={step} index={index} label={label} canEdit={canEdit} />
      ))}
    </ol>
  );
}

type ItemProps = { path: PathView; step: StepView; index: number; label: string; canEdit: boolean };

function StepItem({ path, step, index, label, canEdit }: ItemProps) {
  const t = useT();
  const language = useLanguage();
  const labelId = useId();
  const parts = stepParts(step, t, language);
  return (
    <li
      className={step.missingService ? 'path-step path-step--missing' : 'path-step'}
      data-step-id={step.id}
      aria-labelledby={labelId}
    >
      <div className="path-step__main">
        <span className="path-step__number" aria-hidden="true">
          {index + 1}
        </span>
        <div id={labelId} className="path-step__label" tabIndex={-1} data-path-control="step-label">
          <span className="visually-hidden">{stepLabel(step, index + 1, path.steps.length, t, language)}</span>
          <span aria-hidden="true">
            <span className="path-step__phase">{parts.phase}</span>
            <span className="path-step__text">{parts.text}</span>
            <span className="path-step__kind">{parts.kind}</span>
            {parts.risk && (
              <span className="path-step__risk">
                ⚠ {parts.risk}
                {step.risk?.reason ? `: ${step.risk.reason}` : ''}
              </span>
            )}
          </span>
        </div>
      </div>
      {canEdit && <StepTools path={path} step={step} index={index} pathLabel={label} />}
    </li>
  );
}
