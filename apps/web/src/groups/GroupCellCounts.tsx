import { cellId, DIMENSIONS, type NoteView, PHASES } from '@avaa/board-model';
import { type CSSProperties, useMemo } from 'react';
import type * as Y from 'yjs';
import { type NotesByCell, useNotesByCell } from '../doc/useNotesByCell.ts';
import { useLanguage, useT } from '../i18n/index.ts';

/** A group board's notes: by cell, all of them, and the `count` newest (for a glance at its progress). */
export function useGroupNotes(doc: Y.Doc, count: number) {
  const notes = useNotesByCell(doc);
  const all = useMemo(() => [...notes.values()].flat(), [notes]);
  const newest = useMemo(() => [...all].sort(byNewest).slice(0, count), [all, count]);
  return { notes, all, newest };
}

function byNewest(a: NoteView, b: NoteView): number {
  return b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1);
}

/**
 * A group's note count in every cell, phases numbered across and dimensions down, for the
 * overview and the projector alike; `className` names the table for each one's look.
 */
export function GroupCellCounts({ group, notes, className }: { group: number; notes: NotesByCell; className: string }) {
  const t = useT();
  const language = useLanguage();
  const most = Math.max(1, ...[...notes.values()].map((list) => list.length));
  return (
    <table className={className}>
      <caption className="visually-hidden">{t('overview.tableCaption', { number: group })}</caption>
      <thead>
        <tr>
          <td className="group-counts__corner" />
          {PHASES.map((phase, index) => (
            <th key={phase.id} scope="col" title={phase.name[language]}>
              <span aria-hidden="true">{index + 1}</span>
              <span className="visually-hidden">{phase.name[language]}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {DIMENSIONS.map((dimension) => (
          <tr key={dimension.id}>
            <th scope="row" title={dimension.name[language]}>
              {t(`overview.dimension.${dimension.id}`)}
            </th>
            {PHASES.map((phase) => {
              const count = notes.get(cellId(phase.id, dimension.id))?.length ?? 0;
              return (
                <td key={phase.id} className={count === 0 ? 'is-empty' : undefined} style={heat(count, most)}>
                  {count}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Fuller cells are darker, so where a group has worked shows at a glance (the number says it too). */
function heat(count: number, most: number): CSSProperties | undefined {
  if (count === 0) return undefined;
  return { '--heat': `${Math.round(12 + (count / most) * 40)}%` } as CSSProperties;
}
