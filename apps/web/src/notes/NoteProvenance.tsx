import { type NoteView, unstackNotes } from '@avaa/board-model';
import { memo, useContext, useId, useState } from 'react';
import { focusAfterRender } from '../app/focusAfterRender.ts';
import { useBoard } from '../board/BoardContext.ts';
import { GroupBadge } from '../groups/GroupBadge.tsx';
import { useT } from '../i18n/index.ts';
import { StacksContext } from '../plenary/useStacks.ts';
import { useBoardUi } from '../state/boardUi.ts';
import { noteControl } from './noteControl.ts';
import { sourceGroups, sourcesOf } from './provenance.ts';

/**
 * On the common table: the groups a merged note came from, as numbered chips, and for a stack
 * how many notes it holds, with the list of them on demand (and, for whoever writes, "split").
 */
export const NoteProvenance = memo(function NoteProvenance({ note }: { note: NoteView }) {
  const t = useT();
  const id = useId();
  const members = useContext(StacksContext).get(note.id);
  const { doc, canEdit } = useBoard();
  const showToast = useBoardUi((state) => state.showToast);
  const [open, setOpen] = useState(false);
  const groups = sourceGroups(sourcesOf(note, members));
  if (groups.length === 0 && !members) return null;
  return (
    <div className="note-provenance">
      {groups.length > 0 && (
        <p className="note-provenance__groups">
          <span className="visually-hidden">{t('merge.from')} </span>
          {groups.map((group) => (
            <GroupBadge key={group} group={group} size="small" />
          ))}
        </p>
      )}
      {members && (
        <>
          <button
            type="button"
            className="note-provenance__stack"
            aria-expanded={open}
            aria-controls={open ? `${id}-members` : undefined}
            onClick={() => setOpen((shown) => !shown)}
          >
            {t('stack.count', { count: members.length + 1 })}
          </button>
          {open && (
            <div id={`${id}-members`} className="note-provenance__members">
              <p className="note-provenance__heading">{t('stack.members')}</p>
              <ul>
                {[note, ...members].map((member) => (
                  <li key={member.id}>
                    {sourceGroups(member.sources).map((group) => (
                      <GroupBadge key={group} group={group} size="small" />
                    ))}
                    <span>{member.text}</span>
                  </li>
                ))}
              </ul>
              {canEdit && (
                <button
                  type="button"
                  onClick={() => {
                    if (!unstackNotes(doc, note.id).ok) return;
                    showToast({ message: t('stack.split', { count: members.length + 1 }) });
                    focusAfterRender(() => noteControl(note.id, 'text'));
                  }}
                >
                  {t('stack.splitButton')}
                </button>
              )}
            </div>
          )}
        </>
      )}
    </div>
  );
});
