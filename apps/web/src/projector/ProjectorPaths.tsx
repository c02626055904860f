import type { PathId } from '@avaa/board-model';
import { PHASES, pathLabel } from '@avaa/board-model';
import { useLanguage, useT, useWorkshopLanguage } from '../i18n/index.ts';
import { HyphenatedText } from '../notes/HyphenatedText.tsx';
import { useHyphenate } from '../notes/useHyphenate.ts';
import { PathBadge } from '../paths/PathBadge.tsx';
import type { Lane } from '../pathView/lanes.ts';
import { PathLanes } from '../pathView/PathLanes.tsx';
import { StepCard } from '../pathView/StepCard.tsx';
import { usePathLanes } from '../pathView/usePathLanes.ts';
import { ProjectorFrame, type ScreenProps } from './ProjectorFrame.tsx';
import { useFitToBox } from './useFitToBox.ts';
import './projectorPaths.css';

// Readable from the back of the room, down to what five paths of five phases need at 1280x720.
const TYPE = { min: 13, max: 34 } as const;
// Texts whose words must stay whole at the chosen size.
const WHOLE_WORDS = '.path-step, .path-lanes th, .projector-path__name';

/**
 * The common table's service paths on the wall, when the facilitator shows them: all of them as
 * lanes, or one path with its steps as large cards across the five phases. The type is the
 * largest at which everything fits the screen whole. A chosen path since deleted shows all.
 */
export function ProjectorPaths({
  path,
  table,
  title,
  people,
  status,
  workshop,
}: ScreenProps & { path: PathId | null }) {
  const t = useT();
  const language = useLanguage();
  const { lanes, summaries } = usePathLanes(table.doc);
  const one = path === null ? undefined : lanes.find((lane) => lane.path.id === path);
  // Words break only once the hyphenation patterns are here: fit again when they arrive.
  const hyphenated = [useHyphenate(language), useHyphenate(useWorkshopLanguage())].map(Boolean).join();
  const key = `${language}|${hyphenated}|${path}|${JSON.stringify(lanes.map((lane) => lane.path))}`;
  const fit = useFitToBox(key, TYPE, WHOLE_WORDS);
  return (
    <ProjectorFrame
      title={
        one ? (
          <>
            <PathBadge index={one.index} colour={one.path.colour} />
            <span className="visually-hidden">{t('pathPanel.label', { label: pathLabel(one.index) })}:</span>{' '}
            {one.path.name}
          </>
        ) : (
          t('pathView.heading')
        )
      }
      subtitle={one ? `${t('pathView.heading')} – ${title}` : title}
      status={status}
      workshopDoc={workshop.doc}
      people={people}
    >
      <main className="projector-paths" ref={fit.ref}>
        {path !== null && !one && lanes.length > 0 && (
          <p className="projector-paths__note">{t('pathView.projector.gone')}</p>
        )}
        {lanes.length === 0 ? (
          <div className="projector-paths__empty">
            <p>{t('pathView.empty.heading')}</p>
          </div>
        ) : one ? (
          <OnePath lane={one} />
        ) : (
          <PathLanes lanes={lanes} summaries={summaries} hyphenated />
        )}
      </main>
    </ProjectorFrame>
  );
}

/** One path across the five phases: a column per phase, its steps as large cards in path order. */
function OnePath({ lane }: { lane: Lane }) {
  const t = useT();
  const language = useLanguage();
  return (
    <ol className="projector-path">
      {lane.cells.map((cell, index) => {
        const phase = PHASES[index];
        return (
          <li key={cell.phase} className={`projector-path__phase projector-path__phase--${cell.state}`}>
            <h2 className="projector-path__name">
              <HyphenatedText text={phase?.name[language] ?? ''} language={language} />
            </h2>
            {cell.state === 'steps' ? (
              <ol className="projector-path__steps">
                {cell.steps.map((step) => (
                  <li key={step.step.id}>
                    <StepCard step={step} hyphenated />
                  </li>
                ))}
              </ol>
            ) : (
              <p className="projector-path__gap">
                {cell.state === 'ended' ? t('pathView.endsEarly') : t('pathView.skipped')}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
