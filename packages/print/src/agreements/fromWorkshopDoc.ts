import { type Language, readAgreements, readPeople, readRounds, readVotes, readWorkshopMeta } from '@avaa/board-model';
import type { FromDocOptions } from '../fromDoc.ts';
import type { PrintableAgreements, PrintableRound } from '../printable.ts';

/** The workshop's and the boards' Y.Docs, named through board-model (no direct Yjs dependency here). */
type WorkshopDoc = Parameters<typeof readWorkshopMeta>[0];
type BoardDoc = Parameters<typeof readVotes>[0];

/** The latest closed round's name and date, or undefined before the first round closes. */
export function latestRound(workshopDoc: WorkshopDoc): PrintableRound | undefined {
  const latest = readRounds(workshopDoc).at(-1);
  return latest && { name: latest.name, date: latest.date };
}

/**
 * Dots per note in the board's latest closed vote (its results are final; an open vote's are
 * not printed). Only notes that got dots: a printed "0 pistettä" on every other note is noise.
 */
export function closedVoteCounts(boardDoc: BoardDoc): ReadonlyMap<string, number> | undefined {
  const vote = readVotes(boardDoc).find((entry) => entry.closed);
  return vote && new Map(vote.perNote.map(({ note, dots }) => [note, dots]));
}

/** What a board's printables take from the workshop: the latest round's name and the closed vote's dots. */
export function boardPrintOptions(workshopDoc: WorkshopDoc, boardDoc: BoardDoc, date: string): FromDocOptions {
  const round = latestRound(workshopDoc);
  const votes = closedVoteCounts(boardDoc);
  const names = new Map(readPeople(workshopDoc).map((person) => [person.id as string, person.name]));
  return { date, ...(round ? { round: round.name } : {}), ...(votes ? { votes } : {}), names };
}

/** The agreements register of the workshop document; undefined before its meta has arrived. */
export function agreementsFromDoc(
  workshopDoc: WorkshopDoc,
  options: { readonly date: string; readonly language?: Language },
) {
  const meta = readWorkshopMeta(workshopDoc);
  if (!meta) return undefined;
  const round = latestRound(workshopDoc);
  const memo: PrintableAgreements = {
    title: meta.title,
    language: options.language ?? meta.language,
    date: options.date,
    ...(round ? { round } : {}),
    items: readAgreements(workshopDoc).map(({ id, section, text, owner, due, status }) => ({
      id,
      section,
      text,
      owner,
      due,
      status,
    })),
  };
  return memo;
}
