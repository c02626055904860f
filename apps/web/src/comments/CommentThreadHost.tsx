import { readNote } from '@avaa/board-model';
import { focusAfterRender } from '../app/focusAfterRender.ts';
import { useBoard } from '../board/BoardContext.ts';
import { noteControl } from '../notes/noteControl.ts';
import { CommentThread } from './CommentThread/CommentThread.tsx';
import { useThreadUi } from './threadUi.ts';

/**
 * The open note's comment thread, once per board (not inside the note, whose card handles keys
 * and drags). It closes by itself if the note goes (deleted by someone else).
 */
export function CommentThreadHost() {
  const { doc } = useBoard();
  const { note, opener, close } = useThreadUi();
  const shown = note === null ? undefined : readNote(doc, note);
  if (!note || !shown || shown.deleted) return null;
  const done = () => {
    close();
    focusAfterRender([() => (opener?.isConnected ? opener : null), () => noteControl(note, 'menu')]);
  };
  return <CommentThread note={shown} onClose={done} />;
}
