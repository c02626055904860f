import { type CellId, type NoteId, readNote } from '@avaa/board-model';
import type { CSSProperties } from 'react';
import type * as Y from 'yjs';
import { cellName } from '../board/names.ts';
import { useDocSnapshot } from '../doc/useDocSnapshot.ts';
import { useLanguage, usePlural, useT } from '../i18n/index.ts';
import { type ResultRow, readVoteState, resultRows } from '../voting/voteView.ts';
import { ProjectorFrame, type ScreenProps } from './ProjectorFrame.tsx';
import './projectorScreens.css';
import { HyphenatedText } from '../notes/HyphenatedText.tsx';
import { useNotesThatFit } from './useNotesThatFit.ts';
import '../voting/voting.css';

type RankedRow = ResultRow & { readonly cell: CellId | null };

/** The latest closed vote, most dots first, with each note's text and cell (null: the note is gone). */
function readRanking(doc: Y.Doc): readonly RankedRow[] {
  const results = readVoteState(doc).results;
  if (!results) return [];
  const shown = (note: NoteId) => {
    const view = readNote(doc, note);
    return view && !view.deleted ? view : undefined;
  };
  return resultRows(results.perNote, (note) => shown(note)?.text).map((row) => ({
    ...row,
    cell: shown(row.note)?.cell ?? null,
  }));
}

/**
 * A closed vote's results for the room: a ranked list in large type, the top first, each with
 * its dots in words and a bar (never colour alone), instead of small badges over the table.
 */
export function ProjectorResults({ workshop, table, title, people, status }: ScreenProps) {
  const t = useT();
  const counted = usePlural();
  const language = useLanguage();
  const rows = useDocSnapshot(table.doc, readRanking);
  const most = Math.max(1, ...rows.map((row) => row.dots));
  const fit = useNotesThatFit(`${language}|${rows.map((row) => `${row.note}:${row.dots}:${row.text}`).join(',')}`);
  return (
    <ProjectorFrame
      title={t('vote.results')}
      subtitle={title}
      status={status}
      workshopDoc={workshop.doc}
      people={people}
    >
      <main className="projector-results">
        {rows.length === 0 ? (
          <p className="projector-results__empty">{t('projector.results.none')}</p>
        ) : (
          <ol ref={fit.ref} className="projector-results__list" aria-label={t('vote.resultsOrder')}>
            {rows.map((row) => (
              <li
                key={row.note}
                className="projector-result"
                style={{ '--share': row.dots / most } as CSSProperties}
                data-note={row.note}
              >
                <span className="projector-result__rank">{row.rank}.</span>
                <span className="projector-result__dots">{counted('vote.dots', row.dots)}</span>
                <span className="projector-result__text">
                  {row.text === null ? t('projector.results.gone') : <HyphenatedText text={row.text} />}
                </span>
                {row.cell && <span className="projector-result__cell">{cellName(row.cell, language)}</span>}
                <span className="projector-result__bar" aria-hidden="true" />
              </li>
            ))}
          </ol>
        )}
        {fit.hidden > 0 && <div className="projector-more">{t('projector.more', { count: fit.hidden })}</div>}
      </main>
    </ProjectorFrame>
  );
}
