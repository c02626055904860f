import type { BoardRef } from '@avaa/protocol';
import type * as Y from 'yjs';
import { AnyoneDeletesSetting } from '../deleted/AnyoneDeletesSetting.tsx';
import { RecentlyDeleted } from '../deleted/RecentlyDeleted.tsx';
import { BoardModeSelect } from '../modes/BoardModeIndicator.tsx';
import { PrivateWritingTools } from '../privateWriting/PrivateWritingTools.tsx';
import { ReactionsAnonymousToggle } from '../reactions/ReactionsAnonymousToggle.tsx';

/**
 * The facilitator's settings over a board, loaded for the facilitator only (`BoardView`): a
 * participant's phone does not fetch them.
 */
export function CommonTableTools({ board, doc, workshopDoc }: { board: BoardRef; doc: Y.Doc; workshopDoc: Y.Doc }) {
  return (
    // One row for these, so the table's first row stays on a laptop's first screen.
    <div className="deletion-tools">
      <AnyoneDeletesSetting workshopDoc={workshopDoc} />
      {/* Stacked beside the setting: its long description then fits on two lines. */}
      <div className="deletion-tools__stack">
        <div className="deletion-tools__row">
          <BoardModeSelect board={board} />
          <ReactionsAnonymousToggle doc={doc} />
        </div>
        <div className="deletion-tools__row">
          <RecentlyDeleted doc={doc} />
          <PrivateWritingTools board={board} />
        </div>
      </div>
    </div>
  );
}

export function GroupBoardTools({ board, doc }: { board: BoardRef; doc: Y.Doc }) {
  return (
    <div className="deletion-tools">
      <BoardModeSelect board={board} />
      <RecentlyDeleted doc={doc} />
      <PrivateWritingTools board={board} />
    </div>
  );
}
