import {
  isPhaseId,
  isRiskKind,
  MAX_RISK_REASON_LENGTH,
  type PathView,
  PHASE_IDS,
  RISK_KIND_WORDS,
  type StepView,
} from '@avaa/board-model';
import { type KeyboardEvent, useId, useState } from 'react';
import { focusAfterRender } from '../../app/focusAfterRender.ts';
import { phaseName } from '../../board/names.ts';
import { useLanguage, useT } from '../../i18n/index.ts';
import { pathControl } from './panelOpen.ts';
import { usePathActions } from './usePathActions.ts';

type Props = { path: PathView; step: StepView; index: number; pathLabel: string };

/** A free step's text and phase, any step's risk and its reason, and removing the step. */
export function StepEditors({ path, step, index, pathLabel }: Props) {
  const t = useT();
  const actions = usePathActions();
  const free = step.noteId === null;
  const remove = () => {
    const neighbour = path.steps[index + 1] ?? path.steps[index - 1];
    if (actions.removeStep(path.id, step.id, pathLabel) !== null) return;
    focusAfterRender([
      () => (neighbour ? pathControl(path.id, 'step-label', neighbour.id) : null),
      () => pathControl(path.id, 'add-free'),
    ]);
  };
  return (
    <>
      {free && <FreeStepFields path={path} step={step} index={index} />}
      <RiskFields path={path} step={step} index={index} />
      <button type="button" className="path-step__remove" onClick={remove}>
        {t('pathPanel.removeNamed', { index: index + 1 })}
      </button>
    </>
  );
}

type StepProps = { path: PathView; step: StepView; index: number };

/** A free step's text (the missing service) and its phase. */
function FreeStepFields({ path, step, index }: StepProps) {
  const t = useT();
  const id = useId();
  const language = useLanguage();
  const actions = usePathActions();
  const number = index + 1;
  return (
    <>
      <CommitField
        id={`${id}-text`}
        label={t('pathPanel.editTextNamed', { index: number })}
        value={step.text}
        onCommit={(text) => actions.update(path.id, step.id, { text }) === null}
      />
      <label htmlFor={`${id}-phase`}>{t('pathPanel.phaseNamed', { index: number })}</label>
      <select
        id={`${id}-phase`}
        value={step.phase}
        onChange={(event) => {
          if (isPhaseId(event.target.value)) actions.move(path.id, step.id, index, event.target.value);
        }}
      >
        {PHASE_IDS.map((phase) => (
          <option key={phase} value={phase}>
            {phaseName(phase, language)}
          </option>
        ))}
      </select>
    </>
  );
}

/** Any step's risk and, once marked, its short reason. */
function RiskFields({ path, step, index }: StepProps) {
  const t = useT();
  const id = useId();
  const language = useLanguage();
  const actions = usePathActions();
  const number = index + 1;
  return (
    <>
      <label htmlFor={`${id}-risk`}>{t('pathPanel.riskNamed', { index: number })}</label>
      <select
        id={`${id}-risk`}
        value={step.risk?.kind ?? ''}
        onChange={(event) => {
          const kind = event.target.value;
          actions.update(path.id, step.id, {
            risk: isRiskKind(kind) ? { kind, reason: step.risk?.reason ?? '' } : null,
          });
        }}
      >
        <option value="">{t('pathPanel.riskNone')}</option>
        {Object.entries(RISK_KIND_WORDS[language]).map(([kind, words]) => (
          <option key={kind} value={kind}>
            {words}
          </option>
        ))}
      </select>
      {step.risk && (
        <CommitField
          id={`${id}-reason`}
          label={t('pathPanel.riskReasonNamed', { index: number })}
          value={step.risk.reason}
          maxLength={MAX_RISK_REASON_LENGTH}
          onCommit={(reason) =>
            step.risk ? actions.update(path.id, step.id, { risk: { kind: step.risk.kind, reason } }) === null : true
          }
        />
      )}
    </>
  );
}

type FieldProps = {
  id: string;
  label: string;
  value: string;
  maxLength?: number;
  /** Writes the value; false when refused (the field then keeps what was typed). */
  onCommit: (value: string) => boolean;
};

/** A one-line field written on Enter or when leaving it; Escape takes back what was typed. */
function CommitField({ id, label, value, maxLength, onCommit }: FieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft === null || draft === value) return setDraft(null);
    if (onCommit(draft)) setDraft(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape') {
      event.stopPropagation();
      setDraft(null);
    }
  };
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={draft ?? value}
        {...(maxLength ? { maxLength } : {})}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
    </>
  );
}
