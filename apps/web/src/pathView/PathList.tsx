import { phaseOf } from '@avaa/board-model';
import { useLanguage, useT } from '../i18n/index.ts';
import type { Lane } from './lanes.ts';
import { PathName } from './PathLanes.tsx';
import { StepCard } from './StepCard.tsx';
import './pathView.css';

/**
 * On a phone the lanes stack: each path a numbered list of its steps in order, each step naming
 * its phase, then the phases it passes by and, after an early end, those it never reaches.
 */
export function PathList({ lanes, link }: { lanes: readonly Lane[]; link?: Parameters<typeof PathName>[0]['link'] }) {
  const t = useT();
  const language = useLanguage();
  return (
    <div className="path-list">
      {lanes.map((lane) => {
        const steps = lane.cells.flatMap((cell) => cell.steps).sort((a, b) => a.number - b.number);
        const phases = (state: string) =>
          lane.cells
            .filter((cell) => cell.state === state)
            .map((cell) => phaseOf(cell.phase).name[language])
            .join(', ');
        const skipped = phases('skipped');
        const ended = phases('ended');
        const headingId = `path-list-${lane.path.id}`;
        return (
          <section key={lane.path.id} className="path-list__path" aria-labelledby={headingId}>
            <h2 className="path-list__name" id={headingId}>
              <PathName lane={lane} link={link} />
            </h2>
            <ol className="path-list__steps">
              {steps.map((step) => (
                <li key={step.step.id}>
                  <span className="path-list__phase">{phaseOf(step.step.phase).name[language]}</span>
                  <StepCard step={step} />
                </li>
              ))}
            </ol>
            {skipped && (
              <p className="path-list__passed">
                {t('pathView.skipped')}: {skipped}
              </p>
            )}
            {ended && <p className="path-list__passed">{t('pathView.endedBefore', { phases: ended })}</p>}
          </section>
        );
      })}
    </div>
  );
}
