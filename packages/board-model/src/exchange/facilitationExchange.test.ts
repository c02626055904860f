import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { addAgreement } from '../facilitation/addAgreement.ts';
import { readAgreements } from '../facilitation/agreement.ts';
import { closeRound } from '../facilitation/closeRound.ts';
import { readVotes } from '../facilitation/vote.ts';
import { closeVote, openVote } from '../facilitation/voteOperations.ts';
import type { PersonId } from '../groups/participants.ts';
import type { NoteId } from '../ids.ts';
import { isVisibleNote, readAllNotes } from '../schema.ts';
import { BallotBox } from '../testing/ballotBox.ts';
import { parseCsv } from '../testing/csv.ts';
import { sampleWorkshop } from '../testing/sampleWorkshop.ts';
import { seededRandom } from '../testing/seededRandom.ts';
import { exportCsv } from './csv.ts';
import { exportWorkshop } from './exportWorkshop.ts';
import { importWorkshop } from './importWorkshop.ts';
import { exportMarkdown } from './markdown.ts';
import type { WorkshopExport } from './types.ts';
import { validateWorkshopExport } from './validate.ts';

const ANNA = 'anna00000001' as PersonId;
const PEKKA = 'pekka0000001' as PersonId;

function must<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function visible(plenary: Y.Doc): NoteId[] {
  return readAllNotes(plenary)
    .filter(isVisibleNote)
    .map((note) => note.id);
}

/** The sample workshop with a register, a closed round, a closed named vote and an open anonymous one. */
function facilitated(options: { closeFirstVote?: boolean } = {}) {
  const sample = sampleWorkshop();
  const { workshop, plenary } = sample;
  const [first, second] = visible(plenary) as [NoteId, NoteId];
  const opts = (seed: number) => ({ random: seededRandom(seed), now: () => 1_800_000_000_000 + seed });
  must(addAgreement(workshop, 'decide-now', { text: 'Perehdytys ensi viikolla', owner: 'Aino Ääpälä' }, opts(1)));
  must(
    addAgreement(
      workshop,
      'needs-preparation',
      { text: 'Åtgärd: ny blankett', owner: 'Åsa Öberg', due: '2027-01-15', status: 'in-progress', notes: [first] },
      opts(2),
    ),
  );
  must(closeRound(workshop, plenary, { name: 'Kierros 1', date: '2026-11-24' }, opts(3)));
  const named = must(openVote(plenary, { dotsPerPerson: 2, anonymous: false }, opts(4)));
  const box = new BallotBox();
  must(box.place(plenary, named, ANNA, first));
  must(box.place(plenary, named, ANNA, first));
  must(box.place(plenary, named, PEKKA, second));
  if (options.closeFirstVote !== false) must(closeVote(plenary, named));
  return { sample: { ...sample, ballots: box.entries }, first, second, box };
}

function exported(sample: ReturnType<typeof sampleWorkshop> & { ballots?: BallotBox['entries'] }): WorkshopExport {
  return exportWorkshop(sample.workshop, sample);
}

/** Imports as the server does: the imported common table's dots go into the server's ballots when it loads. */
function imported(data: WorkshopExport) {
  const parsed = validateWorkshopExport(JSON.parse(JSON.stringify(data)));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const docs = importWorkshop(parsed.value);
  const box = BallotBox.migrate(docs.plenary);
  return { docs: { ...docs, ballots: box.entries }, box };
}

function roundTrip(data: WorkshopExport): WorkshopExport {
  const { docs } = imported(data);
  return exportWorkshop(docs.workshop, docs);
}

describe('agreements, rounds and votes in the JSON export', () => {
  it('exports the register, the rounds and the votes, and imports them back identically', () => {
    const { sample, first, second, box } = facilitated();
    const anonymous = must(openVote(sample.plenary, { dotsPerPerson: 3 }, { now: () => 1_900_000_000_000 }));
    must(box.place(sample.plenary, anonymous, ANNA, second));
    must(box.place(sample.plenary, anonymous, PEKKA, second));
    const data = exported(sample);
    expect(data.agreements?.map((item) => [item.section, item.text, item.owner, item.due, item.status])).toEqual([
      ['decide-now', 'Perehdytys ensi viikolla', 'Aino Ääpälä', null, 'open'],
      ['needs-preparation', 'Åtgärd: ny blankett', 'Åsa Öberg', '2027-01-15', 'in-progress'],
    ]);
    expect(data.agreements?.[1]?.notes).toEqual([first]);
    expect(data.rounds?.map((round) => [round.name, round.date, round.agreements.length])).toEqual([
      ['Kierros 1', '2026-11-24', 2],
    ]);
    expect(data.votes?.map((vote) => [vote.closed, vote.anonymous, vote.perNote])).toEqual([
      [false, true, [{ note: second, dots: 2 }]],
      [
        true,
        false,
        [
          { note: first, dots: 2 },
          { note: second, dots: 1 },
        ],
      ],
    ]);
    // An anonymous vote never says who voted what, not even in the facilitator's export.
    expect(data.votes?.[0]?.perPerson).toBeNull();
    expect(data.votes?.[1]?.perPerson).toEqual([
      { person: ANNA, notes: [first, first] },
      { person: PEKKA, notes: [second] },
    ]);
    const again = roundTrip(data);
    expect(JSON.stringify(again)).toBe(JSON.stringify(data));
  });

  it('restores an open vote so people go on voting and closing freezes the same results', () => {
    const { sample, second } = facilitated({ closeFirstVote: false });
    const { docs, box } = imported(exported(sample));
    const [open] = readVotes(docs.plenary);
    expect(open?.closed).toBe(false);
    must(box.place(docs.plenary, open?.id ?? '', 'uusi00000001' as PersonId, second));
    must(closeVote(docs.plenary, open?.id ?? ''));
    expect(readVotes(docs.plenary)[0]?.perNote.find((entry) => entry.note === second)?.dots).toBe(2);
    expect(readAgreements(docs.workshop)).toHaveLength(2);
  });

  it('still imports a file from before facilitation (no agreements, rounds or votes)', () => {
    const { agreements: _a, rounds: _r, votes: _v, ...old } = exported(sampleWorkshop());
    const parsed = validateWorkshopExport(JSON.parse(JSON.stringify(old)));
    expect(parsed.ok).toBe(true);
    const again = parsed.ok ? roundTrip(parsed.value) : undefined;
    expect(again?.agreements).toEqual([]);
    expect(again?.votes).toEqual([]);
  });

  it('names the field and the reason for a bad item, round or vote', () => {
    const data = JSON.parse(JSON.stringify(exported(facilitated().sample)));
    data.agreements[0].section = 'later';
    data.agreements[1].status = 'maybe';
    data.agreements[1].due = '2027-02-29';
    data.rounds[0].notes[0].cell = 'nowhere';
    data.votes[0].perPerson[0].notes.push(data.votes[0].perPerson[0].notes[0]);
    const result = validateWorkshopExport(data);
    expect(result.ok ? [] : result.errors).toEqual([
      { path: 'agreements[0].section', reason: 'unknown-section' },
      { path: 'agreements[1].due', reason: 'invalid-date' },
      { path: 'agreements[1].status', reason: 'unknown-status' },
      { path: 'rounds[0].notes[0].cell', reason: 'unknown-cell' },
      { path: 'votes[0].perPerson[0].notes', reason: 'invalid-dots' },
    ]);
    data.votes[0].dotsPerPerson = 0;
    const again = validateWorkshopExport(data);
    expect(again.ok ? [] : again.errors).toContainEqual({ path: 'votes[0].dotsPerPerson', reason: 'invalid-dots' });
  });
});

describe('votes and agreements in CSV and Markdown', () => {
  it('fills the CSV votes column after a vote has closed, leaves it empty before', () => {
    // The notes' rows (no path named), their votes column.
    const votesColumn = (csv: string) =>
      parseCsv(csv.slice(1))
        .slice(1)
        .filter((row) => row[6] === '')
        .map((row) => row[5]);
    const open = facilitated({ closeFirstVote: false });
    expect(new Set(votesColumn(exportCsv(exported(open.sample))))).toEqual(new Set(['']));
    const closed = votesColumn(exportCsv(exported(facilitated().sample)));
    // Plenary rows first (4 visible notes), then the group boards' (never voted on).
    expect(closed.slice(0, 4).sort()).toEqual(['0', '0', '1', '2']);
    expect(closed.slice(4)).toEqual(['', '', '']);
  });

  it('lists the agreements by section with their questions, owners, dates and statuses, and the votes', () => {
    const md = exportMarkdown(exported(facilitated().sample));
    expect(md).toContain('Kierros: Kierros 1 (24.11.2026)');
    expect(md).toContain('## Sopimukset');
    expect(md).toContain('### 1. Päätetään nyt\n\n*Mitä voimme sopia ja päättää tässä ja nyt?*');
    expect(md).toContain('- Perehdytys ensi viikolla — Vastuu: Aino Ääpälä · avoin');
    expect(md).toContain('- Åtgärd: ny blankett — Vastuu: Åsa Öberg · Määräaika: 15.1.2027 · työn alla');
    expect(md).toContain('### 6. Muut aineistot');
    expect(md.match(/\(ei kohtia\)/g)).toHaveLength(4);
    expect(md).toContain('— 2 pistettä');
  });
});
