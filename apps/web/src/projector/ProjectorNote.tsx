import type { NoteView } from '@avaa/board-model';
import { memo } from 'react';
import { usePlural } from '../i18n/index.ts';
import { ProjectorNoteImage } from '../noteImages/NoteImage.tsx';
import { HyphenatedText } from '../notes/HyphenatedText.tsx';
import { KindBadge } from '../notes/KindBadge.tsx';
import { ProjectorNoteReactions } from '../reactions/ProjectorReactions.tsx';
import type { ResultRow } from '../voting/voteView.ts';

/** One note on the projector, its whole text (useNotesThatFit hides or fades one that does not fit). */
export const ProjectorNote = memo(function ProjectorNote({
  note,
  result,
}: {
  note: NoteView;
  result?: ResultRow | undefined;
}) {
  const counted = usePlural();
  return (
    <li className={`projector-note note--${note.colour} note--kind-${note.kind}`}>
      <span className="projector-note__text">
        {result && (
          // The rank too: the room sees the order of the results on the table itself.
          <span className="vote-dots-badge">
            <span className="vote-dots-badge__rank">{result.rank}.</span>
            {counted('vote.dots', result.dots)}
          </span>
        )}
        <ProjectorNoteReactions note={note.id} />
        <KindBadge kind={note.kind} />
        <ProjectorNoteImage note={note} />
        <HyphenatedText text={note.kind === 'note' ? note.text : ` ${note.text}`} />
      </span>
    </li>
  );
});
