import { holdsLegacyDots, legacyBallots, publishTally, stripLegacyDots, voteTalliesMap } from '@avaa/board-model';
import { parseRoomName } from '@avaa/protocol';
import type * as Y from 'yjs';
import type { Storage } from '../storage/types.ts';
import { BallotBook } from './ballotBook.ts';
import { FROM_OTHER_NODE } from './roomLink.ts';

/** The ballots of a common table; other rooms have none. */
export function ballotBookFor(storage: Storage, room: string): BallotBook | undefined {
  const ref = parseRoomName(room);
  return ref?.kind === 'board' && ref.board.kind === 'plenary' ? new BallotBook(storage, room) : undefined;
}

/**
 * Publishes every open vote's counts that the document lags behind on. The server's own change:
 * stored and relayed like any other, under the room's own client id.
 */
export function publishTallies(doc: Y.Doc, book: BallotBook): void {
  doc.transact(() => {
    for (const vote of doc.getMap('votes').keys()) publishTally(doc, book.ballots, vote, book.lastEntryId);
  });
}

/**
 * Dots placed before they left the document (issue 14), or written by an import: stored in the
 * ballots first (resolves once durable), then `strip` takes them out of the document, which
 * from then on names nobody. Called while the room loads, before anyone is answered.
 */
export async function moveLegacyDots(doc: Y.Doc, book: BallotBook): Promise<(() => void) | undefined> {
  if (!holdsLegacyDots(doc)) return undefined;
  const entries = legacyBallots(doc);
  await book.write(() => ({ entries, result: undefined }));
  return () => {
    stripLegacyDots(doc);
    publishTallies(doc, book);
  };
}

/**
 * With several nodes, two may publish a vote's counts at once and Yjs keeps one of the two
 * values, maybe the one that counted less. Whoever then holds ballots reaching further than
 * what another node's change left in the document publishes again, so the counts converge on
 * the fullest.
 */
export function watchTallies(doc: Y.Doc, book: BallotBook, live: () => boolean): () => void {
  const tallies = voteTalliesMap(doc);
  const observer = (_event: Y.YMapEvent<unknown>, transaction: Y.Transaction) => {
    if (transaction.origin !== FROM_OTHER_NODE) return;
    // A failed read is left for the next change: the counts are only as late as before.
    void book.catchUp().then(
      () => live() && publishTallies(doc, book),
      () => {},
    );
  };
  tallies.observe(observer);
  return () => tallies.unobserve(observer);
}
