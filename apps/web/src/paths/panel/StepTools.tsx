import type { PathView, StepView } from '@avaa/board-model';
import { useId, useState } from 'react';
import { focusAfterRender } from '../../app/focusAfterRender.ts';
import { useT } from '../../i18n/index.ts';
import { pathControl } from './panelOpen.ts';
import { StepEditors } from './StepEditors.tsx';
import { usePathActions } from './usePathActions.ts';

type Props = { path: PathView; step: StepView; index: number; pathLabel: string };

/**
 * A step's keyboard tools: up and down at hand (the order is what a path is), the rest (text,
 * phase, risk, remove) behind "Toiminnot" so a long path stays readable.
 */
export function StepTools({ path, step, index, pathLabel }: Props) {
  const t = useT();
  const id = useId();
  const actions = usePathActions();
  const [open, setOpen] = useState(false);
  const last = index === path.steps.length - 1;
  const control = (name: string) => () => pathControl(path.id, name, step.id);
  const move = (by: -1 | 1) => {
    if (actions.move(path.id, step.id, index + by) !== null) return;
    // The pressed button may now be disabled (at either end): then the other, then the step.
    const [same, other] = by < 0 ? ['step-up', 'step-down'] : ['step-down', 'step-up'];
    focusAfterRender([control(same), control(other), control('step-label')]);
  };
  return (
    <div className="path-step__tools">
      <button
        type="button"
        className="path-step__move"
        aria-label={t('pathPanel.moveUpNamed', { index: index + 1 })}
        title={t('pathPanel.moveUp')}
        disabled={index === 0}
        data-path-control="step-up"
        onClick={() => move(-1)}
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        className="path-step__move"
        aria-label={t('pathPanel.moveDownNamed', { index: index + 1 })}
        title={t('pathPanel.moveDown')}
        disabled={last}
        data-path-control="step-down"
        onClick={() => move(1)}
      >
        <span aria-hidden="true">↓</span>
      </button>
      <button
        type="button"
        className="path-step__more"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {t('pathPanel.stepActions', { index: index + 1 })}
      </button>
      {open && (
        <div id={id} className="path-step__editors">
          <StepEditors path={path} step={step} index={index} pathLabel={pathLabel} />
        </div>
      )}
    </div>
  );
}
