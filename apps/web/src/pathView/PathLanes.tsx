import { type PathId, PHASES, pathLabel } from '@avaa/board-model';
import type { MouseEvent, ReactNode } from 'react';
import { useLanguage, useT } from '../i18n/index.ts';
import { HyphenatedText } from '../notes/HyphenatedText.tsx';
import { PathBadge } from '../paths/PathBadge.tsx';
import type { Lane, LaneCell, PhaseSummary } from './lanes.ts';
import { StepCard } from './StepCard.tsx';
import './pathView.css';

type Props = {
  readonly lanes: readonly Lane[];
  readonly summaries: readonly PhaseSummary[];
  /** Where a path's name leads (its board); none on the projector. */
  readonly link?: {
    readonly href: string;
    readonly onClick: (event: MouseEvent<HTMLAnchorElement>, path?: PathId) => void;
  };
  /** Long words break at their syllables (the projector's large type). */
  readonly hyphenated?: boolean;
};

/**
 * The paths as lanes: a real table, a row per path (its row header) and a column per phase, so
 * a screen reader reads "Kertakävijä, Alkuvaihe: 1. Walk-in-ohjaus (riski: …)". The summary row
 * at the foot says per phase how many paths have no service there, pass it by, and the risks.
 */
export function PathLanes({ lanes, summaries, link, hyphenated }: Props) {
  const t = useT();
  const language = useLanguage();
  return (
    <table className="path-lanes">
      <caption className="visually-hidden">{t('pathView.caption')}</caption>
      <thead>
        <tr>
          <th scope="col" className="path-lanes__corner">
            {t('pathView.pathColumn')}
          </th>
          {PHASES.map((phase) => (
            <th scope="col" key={phase.id}>
              {phase.name[language]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {lanes.map((lane) => (
          <tr key={lane.path.id}>
            <th scope="row" className="path-lanes__path">
              <PathName lane={lane} link={link} hyphenated={hyphenated} />
            </th>
            {lane.cells.map((cell, index) => (
              <LaneCellView
                key={cell.phase}
                cell={cell}
                first={lane.cells[index - 1]?.state !== 'ended'}
                hyphenated={hyphenated}
              />
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('pathView.summary')}</th>
          {summaries.map((summary) => (
            <SummaryCell key={summary.phase} summary={summary} />
          ))}
        </tr>
      </tfoot>
    </table>
  );
}

export function PathName({
  lane,
  link,
  hyphenated,
}: {
  lane: Lane;
  link?: Props['link'] | undefined;
  hyphenated?: boolean | undefined;
}) {
  const t = useT();
  const { path, index } = lane;
  const name = hyphenated ? <HyphenatedText text={path.name} /> : path.name;
  return (
    <span className="path-name">
      <PathBadge index={index} colour={path.colour} />
      <span className="path-name__text">
        <span className="visually-hidden">{t('pathPanel.label', { label: pathLabel(index) })}:</span>{' '}
        {link ? (
          <a
            href={link.href}
            onClick={(event) => link.onClick(event, path.id)}
            title={t('pathView.showOnBoard', { name: path.name })}
          >
            {name}
          </a>
        ) : (
          name
        )}
        {path.source && (
          <span className="path-name__source"> ({t('pathView.fromGroup', { group: path.source.group })})</span>
        )}
      </span>
    </span>
  );
}

/** `first`: the first phase after an early end says so; the ones after it are left blank. */
function LaneCellView({
  cell,
  first,
  hyphenated,
}: {
  cell: LaneCell;
  first: boolean;
  hyphenated?: boolean | undefined;
}) {
  const t = useT();
  let content: ReactNode = null;
  if (cell.state === 'steps') {
    content = (
      <ol className="path-lanes__steps">
        {cell.steps.map((step) => (
          <li key={step.step.id}>
            <StepCard step={step} hyphenated={hyphenated} />
          </li>
        ))}
      </ol>
    );
  } else if (cell.state === 'skipped') {
    content = <span className="path-lanes__gap">{t('pathView.skipped')}</span>;
  } else if (cell.state === 'ended') {
    const word = t('pathView.endsEarly');
    content = <span className={first ? 'path-lanes__gap' : 'visually-hidden'}>{word}</span>;
  }
  const classes = ['path-lanes__cell', `path-lanes__cell--${cell.state}`];
  if (cell.withoutService) classes.push('path-lanes__cell--without-service');
  return <td className={classes.join(' ')}>{content}</td>;
}

function SummaryCell({ summary }: { summary: PhaseSummary }) {
  const t = useT();
  const warn = summary.withoutService > 0 || summary.risks > 0;
  return (
    <td className={`path-lanes__summary${warn ? ' path-lanes__summary--warn' : ''}`}>
      <span className={summary.withoutService > 0 ? 'path-lanes__count--warn' : ''}>
        {t('pathView.summary.withoutService', { count: summary.withoutService })}
      </span>{' '}
      <span className={summary.risks > 0 ? 'path-lanes__count--warn' : ''}>
        {t('pathView.summary.risks', { count: summary.risks })}
      </span>{' '}
      <span>{t('pathView.summary.skipped', { count: summary.skipped })}</span>
    </td>
  );
}
