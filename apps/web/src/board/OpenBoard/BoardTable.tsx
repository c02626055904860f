import type { BoardRef } from '@avaa/protocol';
import type * as Y from 'yjs';
import { GapsToolbar } from '../../gaps/GapsToolbar.tsx';
import { useT } from '../../i18n/index.ts';
import { BoardOutline } from '../../outline/BoardOutline.tsx';
import { BoardViewSwitch } from '../../outline/BoardViewSwitch.tsx';
import { PathTableLayer } from '../../paths/table/PathTableLayer.tsx';
import type { BoardUiStore } from '../../state/boardUi.ts';
import { useBoardView } from '../../state/boardView.ts';
import { VotingLayer } from '../../voting/VotingLayer.tsx';
import { BoardDnd } from '../BoardDnd.tsx';
import { BoardGrid } from '../BoardGrid.tsx';
import { JumpBar } from '../JumpBar.tsx';
import { DeletedNoteWatcher } from '../useBoardWatchers.ts';

type Props = { board: BoardRef; doc: Y.Doc; store: BoardUiStore; editable: boolean };

/**
 * The table itself (as a grid or a list), with the gaps toolbar, the service paths drawn over it
 * (and the banner while one is drawn), and on the common table the vote around it.
 */
export function BoardTable({ board, doc, store, editable }: Props) {
  const t = useT();
  const layout = useBoardView((state) => state.layout);
  const table = (
    <>
      <GapsToolbar doc={doc}>
        <BoardViewSwitch />
      </GapsToolbar>
      <JumpBar />
      <PathTableLayer doc={doc}>
        <main id="board" tabIndex={-1} data-board={board.kind === 'group' ? `group-${board.group}` : 'plenary'}>
          <BoardDnd doc={doc}>{layout === 'outline' ? <BoardOutline doc={doc} /> : <BoardGrid doc={doc} />}</BoardDnd>
        </main>
      </PathTableLayer>
      <DeletedNoteWatcher store={store} doc={doc} t={t} />
    </>
  );
  return board.kind === 'plenary' ? (
    <VotingLayer doc={doc} canVote={editable}>
      {table}
    </VotingLayer>
  ) : (
    table
  );
}
