import type { CellId, NoteId, NoteView, Result } from '@avaa/board-model';
import { useId, useState } from 'react';
import { GroupBadge } from '../groups/GroupBadge.tsx';
import { useT } from '../i18n/index.ts';
import { sourceGroups } from '../notes/provenance.ts';
import { useBoardUi } from '../state/boardUi.ts';
import { useWorkshopUi } from '../state/workshopUi.ts';

/** A proposed stack: notes of one cell that say the same thing; `key` names it while it is dismissed. */
export type Proposal = { readonly key: string; readonly cell: CellId; readonly noteIds: readonly NoteId[] };

/** One proposed stack: its notes with their groups, which text the stack shows, stack or dismiss. */
export function StackProposal({
  proposal,
  cellLabel,
  notes,
  onAccept,
}: {
  proposal: Proposal;
  cellLabel: string;
  notes: readonly NoteView[];
  onAccept: (head: NoteId, members: NoteId[]) => Result;
}) {
  const t = useT();
  const id = useId();
  const dismiss = useWorkshopUi((state) => state.dismissStack);
  const showToast = useBoardUi((state) => state.showToast);
  const [head, setHead] = useState<NoteId>(proposal.noteIds[0] as NoteId);
  const members = proposal.noteIds.flatMap((noteId) => notes.find((note) => note.id === noteId) ?? []);
  return (
    <li className="stack-proposal">
      <fieldset>
        <legend>{t('stack.proposal', { cell: cellLabel, count: members.length })}</legend>
        {members.map((note) => (
          <label key={note.id} className="choice stack-proposal__note">
            <input type="radio" name={`${id}-head`} checked={head === note.id} onChange={() => setHead(note.id)} />
            {sourceGroups(note.sources).map((group) => (
              <GroupBadge key={group} group={group} size="small" />
            ))}
            <span>{note.text}</span>
          </label>
        ))}
        <p className="panel__note">{t('stack.headHint')}</p>
      </fieldset>
      <div className="menu__actions">
        <button
          type="button"
          className="button--primary"
          onClick={() => {
            const result = onAccept(
              head,
              proposal.noteIds.filter((noteId) => noteId !== head),
            );
            showToast({
              message: result.ok ? t('stack.accepted', { count: members.length }) : t(`error.${result.error}`),
            });
          }}
        >
          {t('stack.accept')}
        </button>
        <button type="button" className="button--quiet" onClick={() => dismiss(proposal.key)}>
          {t('stack.dismiss')}
        </button>
      </div>
    </li>
  );
}
