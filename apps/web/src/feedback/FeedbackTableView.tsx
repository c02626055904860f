import { cellId, DIMENSION_IDS, type NoteId, PHASE_IDS } from '@avaa/board-model';
import type * as Y from 'yjs';
import { dimensionName, phaseName } from '../board/names.ts';
import { useNotesByCell } from '../doc/useNotesByCell.ts';
import { useLanguage, usePlural, useT } from '../i18n/index.ts';
import { KindBadge } from '../notes/KindBadge.tsx';

/**
 * The common table as a phone reads it: phase by phase, each of the three questions with its
 * notes as a plain list. No grid, no controls. A note that an agreement item came from says so:
 * that is what the input changed.
 */
export function FeedbackTableView({ tableDoc, agreed }: { tableDoc: Y.Doc; agreed: ReadonlySet<NoteId> }) {
  const t = useT();
  const counted = usePlural();
  const language = useLanguage();
  const notes = useNotesByCell(tableDoc);
  return (
    <section className="feedback__part" aria-labelledby="feedback-table">
      <h2 id="feedback-table" tabIndex={-1}>
        {t('feedback.table')}
      </h2>
      {PHASE_IDS.map((phase) => (
        <section key={phase} className="feedback__phase" aria-labelledby={`feedback-phase-${phase}`}>
          <h3 id={`feedback-phase-${phase}`}>{phaseName(phase, language)}</h3>
          {DIMENSION_IDS.map((dimension) => {
            const cellNotes = notes.get(cellId(phase, dimension)) ?? [];
            return (
              <div key={dimension} className="feedback__cell">
                <h4>
                  {dimensionName(dimension, language)}{' '}
                  <span className="feedback__count">({counted('count.notes', cellNotes.length)})</span>
                </h4>
                {cellNotes.length === 0 ? (
                  <p className="feedback__none">{t('feedback.noNotes')}</p>
                ) : (
                  <ul>
                    {cellNotes.map((note) => (
                      <li key={note.id}>
                        <span className="feedback__note">{note.text}</span> <KindBadge kind={note.kind} />
                        {agreed.has(note.id) && <AgreedTag />}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            );
          })}
        </section>
      ))}
    </section>
  );
}

function AgreedTag() {
  const t = useT();
  return (
    <span className="feedback__agreed">
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <path d="M3 8.5 6.5 12 13 4.5" fill="none" stroke="currentColor" strokeWidth="2" />
      </svg>
      {t('feedback.inAgreement')}
    </span>
  );
}
