import { describe, expect, it } from 'vitest';
import { addAgreement } from '../facilitation/addAgreement.ts';
import { readAgreements } from '../facilitation/agreement.ts';
import { closeRound } from '../facilitation/closeRound.ts';
import { linkPathToAgreement } from '../facilitation/linkPathToAgreement.ts';
import { readRounds } from '../facilitation/round.ts';
import type { NoteId } from '../ids.ts';
import { isVisibleNote, readAllNotes } from '../schema.ts';
import { must, pathWith } from '../testing/paths.ts';
import { sampleWorkshop } from '../testing/sampleWorkshop.ts';
import { seededRandom } from '../testing/seededRandom.ts';
import { exportWorkshop } from './exportWorkshop.ts';
import { importWorkshop } from './importWorkshop.ts';
import type { WorkshopExport } from './types.ts';
import { validateWorkshopExport } from './validate.ts';

/** The sample workshop with a path on the common table, an item linking it and a round keeping it. */
function withPaths() {
  const sample = sampleWorkshop();
  const { workshop, plenary } = sample;
  const [walkIn] = readAllNotes(plenary)
    .filter(isVisibleNote)
    .map((note) => note.id) as [NoteId];
  const risky = {
    phase: 'during' as const,
    text: 'Jono psykologille',
    risk: { kind: 'waiting' as const, reason: 'Kolme kuukautta' },
  };
  const { path } = pathWith(plenary, 'Nuori, joka tarvitsee monialaista tukea', [walkIn, risky]);
  const opts = (seed: number) => ({ random: seededRandom(seed), now: () => 1_800_000_000_000 + seed });
  const item = must(addAgreement(workshop, 'needs-preparation', { text: 'Polkukuvaus päivitetään' }, opts(1)));
  must(linkPathToAgreement(workshop, plenary, item, path));
  must(closeRound(workshop, plenary, { name: 'Kierros 1', date: '2026-11-24' }, opts(2)));
  return { sample, path };
}

function parse(data: unknown): WorkshopExport {
  const parsed = validateWorkshopExport(JSON.parse(JSON.stringify(data)));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.value;
}

describe('service paths in the register and the rounds of the JSON export', () => {
  it('exports the paths an item links and the paths a round kept, and imports them back identically', () => {
    const { sample, path } = withPaths();
    const data = exportWorkshop(sample.workshop, sample);
    expect(data.agreements?.[0]?.paths).toEqual([path]);
    expect(data.rounds?.[0]?.agreements[0]?.paths).toEqual([path]);
    const kept = data.rounds?.[0]?.paths?.[0];
    expect(kept?.name).toBe('Nuori, joka tarvitsee monialaista tukea');
    expect(kept?.steps.map((step) => [step.missingService, step.risk?.kind ?? null])).toEqual([
      [false, null],
      [true, 'waiting'],
    ]);
    expect(kept?.steps[1]?.phase).toBe('during');
    const docs = importWorkshop(parse(data));
    expect(readAgreements(docs.workshop)[0]?.paths).toEqual([path]);
    expect(readRounds(docs.workshop)[0]?.paths?.[0]?.steps[1]?.label).toBe('Jono psykologille');
    expect(JSON.stringify(exportWorkshop(docs.workshop, docs))).toBe(JSON.stringify(data));
  });

  it('imports a file from before paths: items link none, rounds kept none', () => {
    const data = JSON.parse(JSON.stringify(exportWorkshop(withPaths().sample.workshop, withPaths().sample)));
    for (const item of data.agreements) delete item.paths;
    for (const round of data.rounds) {
      delete round.paths;
      for (const item of round.agreements) delete item.paths;
    }
    const docs = importWorkshop(parse(data));
    expect(readAgreements(docs.workshop)[0]?.paths).toEqual([]);
    expect(readRounds(docs.workshop)[0]?.paths).toBeNull();
  });

  it('names the field and the reason for a bad link or a bad kept path', () => {
    const { sample } = withPaths();
    const data = JSON.parse(JSON.stringify(exportWorkshop(sample.workshop, sample)));
    data.agreements[0].paths = ['../notes'];
    data.rounds[0].paths[0].steps[0].phase = 'afterwards';
    data.rounds[0].paths[0].steps[1].risk.kind = 'boredom';
    data.rounds[0].paths[0].colour = 'plaid';
    const parsed = validateWorkshopExport(data);
    expect(parsed.ok ? [] : parsed.errors).toEqual([
      { path: 'agreements[0].paths[0]', reason: 'invalid-id' },
      { path: 'rounds[0].paths[0].colour', reason: 'unknown-colour' },
      { path: 'rounds[0].paths[0].steps[0].phase', reason: 'unknown-phase' },
      { path: 'rounds[0].paths[0].steps[1].risk.kind', reason: 'unknown-risk' },
    ]);
  });
});
