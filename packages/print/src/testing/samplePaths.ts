import {
  type CellId,
  createNote,
  deleteNote,
  type Language,
  type NoteId,
  PHASE_IDS,
  type PhaseId,
  seedBoard,
} from '@avaa/board-model';
import * as Y from 'yjs';
import { pathWith } from '../../../board-model/src/testing/paths.ts';
import { printableFromDoc } from '../fromDoc.ts';
import type { PrintableBoard } from '../printable.ts';

function note(doc: Y.Doc, cell: CellId, text: string): NoteId {
  const created = createNote(doc, cell, { text, colour: 'yellow' });
  if (!created.ok) throw new Error(created.error);
  return created.value;
}

/**
 * A board with three paths as a workshop draws them: the one-time visitor who stops early, a
 * young person looking for a study place (with a risk and a deleted note), and one who needs
 * multi-professional support (a free step: a missing service).
 */
export function boardWithPaths(language: Language = 'fi'): { doc: Y.Doc; printable: () => PrintableBoard } {
  const doc = new Y.Doc();
  seedBoard(doc, { title: 'Ohjaamo Åbo – kehittämispäivä', language: 'fi', createdAt: 1 });
  const some = note(doc, 'before:services', 'Somekampanja oppilaitoksissa');
  const dropIn = note(doc, 'start:services', 'Matalan kynnyksen päivystys ilman ajanvarausta');
  const guidance = note(doc, 'during:services', 'Opinto-ohjaus ja uravalmennus');
  const network = note(doc, 'during:collaboration', 'Verkostotapaaminen – nuori mukana alusta asti');
  const onward = note(doc, 'ending:services', 'Saattaen vaihtaminen jatkopalveluun');
  const gone = note(doc, 'followup:services', 'Soitto kolmen kuukauden päästä');
  pathWith(doc, { name: 'Kertakävijä', description: 'Käy kerran päivystyksessä eikä palaa.' }, [some, dropIn], 1);
  pathWith(
    doc,
    { name: 'Nuori, joka etsii opiskelupaikkaa', description: 'Hakee yhteishaussa, tarvitsee ohjausta.' },
    [
      dropIn,
      { noteId: guidance, risk: { kind: 'waiting', reason: 'Jonotus opinto-ohjaajalle kestää viikkoja' } },
      onward,
      gone,
    ],
    2,
  );
  pathWith(
    doc,
    { name: 'Nuori, joka tarvitsee monialaista tukea' },
    [
      dropIn,
      { noteId: network, risk: { kind: 'counter-to-counter', reason: 'Lähetetään luukulta toiselle' } },
      { phase: 'ending', text: 'Asumisen tuki', risk: { kind: 'drop-out', reason: 'Ei nimettyä työntekijää' } },
    ],
    3,
  );
  deleteNote(doc, gone);
  return { doc, printable: () => printableFromDoc(doc, { date: '2026-11-24', language })! };
}

/** The worst case: `paths` paths of `steps` steps, each with a `length`-character text, spread over the phases (or all in `phase`). */
export function crowdedPaths(paths: number, steps: number, length: number, phase?: PhaseId): Y.Doc {
  const doc = new Y.Doc();
  seedBoard(doc, { title: 'Täysi taulu', language: 'fi', createdAt: 1 });
  const words = 'Monialainen-yhteistyö verkostotapaaminen ohjauspalvelu jatkopolku ';
  const text = (i: number) => `S${i} ${words.repeat(10)}`.slice(0, length).trim();
  for (let p = 0; p < paths; p++) {
    const list = Array.from({ length: steps }, (_, i) => ({
      phase: phase ?? PHASE_IDS[Math.floor((i * PHASE_IDS.length) / steps)]!,
      text: text(i + 1),
      ...(i % 7 === 3 ? { risk: { kind: 'waiting' as const, reason: 'x'.repeat(50) } } : {}),
    }));
    pathWith(doc, `Polku ${p + 1} ${'pitkä nimi '.repeat(6)}`.slice(0, 80).trim(), list, 200 + p);
  }
  return doc;
}
