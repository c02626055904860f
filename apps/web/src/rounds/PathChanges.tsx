import { type PathComparison, type PathView, type PhaseId, RISK_KIND_WORDS, type StepView } from '@avaa/board-model';
import { phaseName } from '../board/names.ts';
import { useLanguage, useT } from '../i18n/index.ts';
import { ChangedText, ChangeList, FromTo } from './ChangeList.tsx';

/** What a step shows: its note's text, or its own (a free step, or one whose note is gone). */
export function stepLabel(step: Pick<StepView, 'note' | 'text'>): string {
  return step.note?.text ?? step.text;
}

const byStep = ({ path, step }: { path: PathView; step: { id: string } }) => `${path.id}:${step.id}`;

/** "Kertakävijä · Alkuvaihe": a step is named with its path and phase. */
function useWhere() {
  const language = useLanguage();
  return (path: { name: string }, phase: PhaseId) => `${path.name} · ${phaseName(phase, language)}`;
}

/**
 * The service paths' changes since a round: paths added, renamed and removed, then their steps
 * (added, moved, removed), risks and missing services filled.
 */
export function PathChanges({ paths }: { paths: PathComparison }) {
  const t = useT();
  const changed = Object.values(paths).some((list) => Array.isArray(list) && list.length > 0);
  return (
    <div>
      <h3>{t('pathChanges.heading')}</h3>
      {!paths.recorded && <p>{t('pathChanges.notRecorded')}</p>}
      {paths.recorded && !changed && <p>{t('compare.nothing')}</p>}
      <ChangeList
        heading={{ counted: 'pathChanges.added' }}
        items={paths.added}
        keyOf={(path) => path.id}
        render={(path) => <q className="change-list__text">{path.name}</q>}
      />
      <ChangeList
        heading={{ counted: 'pathChanges.renamed' }}
        items={paths.renamed}
        keyOf={(change) => change.path.id}
        render={({ path, before }) => <FromTo from={<q>{before}</q>} to={<q>{path.name}</q>} />}
      />
      <ChangeList
        heading={{ counted: 'pathChanges.removed' }}
        items={paths.removed}
        keyOf={(path) => path.id}
        render={(path) => <q className="change-list__text">{path.name}</q>}
      />
      <StepChanges paths={paths} />
      <RiskChanges paths={paths} />
    </div>
  );
}

function StepChanges({ paths }: { paths: PathComparison }) {
  const t = useT();
  const language = useLanguage();
  const where = useWhere();
  return (
    <>
      <ChangeList
        heading={{ counted: 'pathChanges.stepsAdded' }}
        items={paths.stepsAdded}
        keyOf={byStep}
        render={({ path, step }) => <ChangedText text={stepLabel(step)} place={where(path, step.phase)} />}
      />
      <ChangeList
        heading={{ counted: 'pathChanges.stepsMoved' }}
        items={paths.stepsMoved}
        keyOf={byStep}
        render={({ path, step, from }) => {
          const to = from === step.phase ? t('pathChanges.movedPlace') : phaseName(step.phase, language);
          const place = <FromTo from={phaseName(from, language)} to={to} />;
          return (
            <ChangedText
              text={stepLabel(step)}
              place={
                <>
                  {path.name} · {place}
                </>
              }
            />
          );
        }}
      />
      <ChangeList
        heading={{ counted: 'pathChanges.stepsRemoved' }}
        items={paths.stepsRemoved}
        keyOf={byStep}
        render={({ path, step }) => <ChangedText text={step.label} place={where(path, step.phase)} />}
      />
    </>
  );
}

function RiskChanges({ paths }: { paths: PathComparison }) {
  const language = useLanguage();
  const where = useWhere();
  const risk = (kind: keyof (typeof RISK_KIND_WORDS)['fi']) => RISK_KIND_WORDS[language][kind];
  return (
    <>
      <ChangeList
        heading={{ counted: 'pathChanges.risksAdded' }}
        items={paths.risksAdded}
        keyOf={byStep}
        render={({ path, step }) => (
          <ChangedText
            text={stepLabel(step)}
            place={`${where(path, step.phase)}${step.risk ? ` · ${risk(step.risk.kind)}` : ''}`}
          />
        )}
      />
      <ChangeList
        heading={{ counted: 'pathChanges.risksResolved' }}
        items={paths.risksResolved}
        keyOf={byStep}
        render={({ path, step, risk: was }) => (
          <ChangedText text={stepLabel(step)} place={`${where(path, step.phase)} · ${risk(was.kind)}`} />
        )}
      />
      <ChangeList
        heading={{ counted: 'pathChanges.filled' }}
        items={paths.filled}
        keyOf={byStep}
        render={({ path, step }) => <ChangedText text={stepLabel(step)} place={where(path, step.phase)} />}
      />
    </>
  );
}
