import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { exportWorkshop } from '../exchange/exportWorkshop.ts';
import { importWorkshop } from '../exchange/importWorkshop.ts';
import { validateWorkshopExport } from '../exchange/validate.ts';
import type { PersonId } from '../groups/participants.ts';
import { sampleWorkshop } from '../testing/sampleWorkshop.ts';
import { seededRandom } from '../testing/seededRandom.ts';
import { addPerson } from '../workshop/operations/addPerson.ts';
import { removePerson } from '../workshop/operations/removePerson.ts';
import { renamePerson } from '../workshop/operations/renamePerson.ts';
import { seedWorkshop } from '../workshop/seedWorkshop.ts';
import { addAgreement } from './addAgreement.ts';
import { readAgreement, readAgreements, readProposals } from './agreement.ts';
import { acceptProposal, MAX_OPEN_PROPOSALS, proposeAgreement, setAgreementOwner } from './agreementPeople.ts';
import { updateAgreement } from './updateAgreement.ts';

function must<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function workshopWithPeople() {
  const doc = new Y.Doc();
  seedWorkshop(doc, { title: 'Kehittämispäivä', language: 'fi', createdAt: 1 });
  const aino = must(addPerson(doc, { name: 'Aino', role: 'core-staff' }, { random: seededRandom(1) }));
  const pekka = must(addPerson(doc, { name: 'Pekka', role: 'network-partner' }, { random: seededRandom(2) }));
  const item = must(
    addAgreement(doc, 'needs-preparation', { text: 'Yhteinen ajanvaraus' }, { random: seededRandom(3) }),
  );
  return { doc, aino, pekka, item };
}

describe('an agreement item owned by one of the people', () => {
  it('keeps the person and follows their rename; a typed name replaces the person', () => {
    const { doc, aino, item } = workshopWithPeople();
    must(setAgreementOwner(doc, item, { person: aino }));
    expect(readAgreement(doc, item)).toMatchObject({ owner: 'Aino', ownerPerson: aino });
    must(renamePerson(doc, aino, 'Aino Ääpälä'));
    expect(readAgreement(doc, item)).toMatchObject({ owner: 'Aino Ääpälä', ownerPerson: aino });
    must(setAgreementOwner(doc, item, { name: 'Johtoryhmä' }));
    expect(readAgreement(doc, item)).toMatchObject({ owner: 'Johtoryhmä', ownerPerson: null });
  });

  it('names a removed owner as they were named, and refuses a removed or unknown person', () => {
    const { doc, aino, pekka, item } = workshopWithPeople();
    must(setAgreementOwner(doc, item, { person: pekka }));
    must(removePerson(doc, pekka));
    expect(readAgreement(doc, item)?.owner).toBe('Pekka');
    expect(setAgreementOwner(doc, item, { person: pekka })).toEqual({ ok: false, error: 'unknown-person' });
    expect(setAgreementOwner(doc, item, { person: 'nobody000001' as PersonId })).toEqual({
      ok: false,
      error: 'unknown-person',
    });
    expect(setAgreementOwner(doc, item, { name: 'x'.repeat(500) })).toEqual({ ok: false, error: 'name-too-long' });
    expect(readAgreement(doc, item)?.ownerPerson).toBe(pekka);
    expect(setAgreementOwner(doc, 'missing', { person: aino })).toEqual({ ok: false, error: 'unknown-agreement' });
  });
});

describe("a participant's proposal", () => {
  it('waits outside the register until the facilitator accepts it, edited or not', () => {
    const { doc, aino } = workshopWithPeople();
    const proposal = must(proposeAgreement(doc, 'next-meeting', '  Arviointi keväällä ', aino));
    expect(readProposals(doc).map((item) => [item.id, item.text, item.proposedBy])).toEqual([
      [proposal, 'Arviointi keväällä', aino],
    ]);
    expect(readAgreements(doc).map((item) => item.id)).not.toContain(proposal);
    must(updateAgreement(doc, proposal, { due: '2027-03-15' }));
    must(acceptProposal(doc, proposal));
    expect(readProposals(doc)).toEqual([]);
    expect(readAgreement(doc, proposal)).toMatchObject({
      proposedBy: null,
      due: '2027-03-15',
      section: 'next-meeting',
    });
    expect(acceptProposal(doc, proposal)).toEqual({ ok: false, error: 'not-a-proposal' });
  });

  it('refuses a removed person, bad text and more than the waiting limit per person', () => {
    const { doc, aino, pekka } = workshopWithPeople();
    expect(proposeAgreement(doc, 'decide-now', '', aino)).toEqual({ ok: false, error: 'empty-text' });
    for (let index = 0; index < MAX_OPEN_PROPOSALS; index += 1)
      must(proposeAgreement(doc, 'decide-now', `Asia ${index}`, aino));
    expect(proposeAgreement(doc, 'decide-now', 'Yksi liikaa', aino)).toEqual({
      ok: false,
      error: 'too-many-proposals',
    });
    expect(proposeAgreement(doc, 'decide-now', 'Pekan asia', pekka).ok).toBe(true);
    must(removePerson(doc, pekka));
    expect(proposeAgreement(doc, 'decide-now', 'Vielä', pekka)).toEqual({ ok: false, error: 'unknown-person' });
  });
});

describe('owners and proposals in the JSON export', () => {
  it('round-trips the chosen owner and a waiting proposal, and an item without them exports as before', () => {
    const sample = sampleWorkshop();
    const { workshop } = sample;
    const person = workshop.getMap('people').keys().next().value as PersonId;
    const owned = must(addAgreement(workshop, 'adoption', { text: 'Perehdytys' }, { random: seededRandom(8) }));
    must(setAgreementOwner(workshop, owned, { person }));
    const proposal = must(proposeAgreement(workshop, 'decide-now', 'Yhteinen kalenteri', person));
    const data = exportWorkshop(workshop, sample);
    const byId = new Map(data.agreements?.map((item) => [item.id, item]));
    expect(byId.get(owned)?.ownerPerson).toBe(person);
    expect(byId.get(proposal)?.proposedBy).toBe(person);
    expect(Object.keys(byId.get(owned) ?? {})).not.toContain('proposedBy');
    const parsed = validateWorkshopExport(JSON.parse(JSON.stringify(data)));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const docs = importWorkshop(parsed.value);
    expect(JSON.stringify(exportWorkshop(docs.workshop, docs))).toBe(JSON.stringify(data));
    expect(readProposals(docs.workshop).map((item) => item.id)).toEqual([proposal]);
  });

  it('refuses a malformed person id with its field named', () => {
    const sample = sampleWorkshop();
    must(addAgreement(sample.workshop, 'adoption', { text: 'Perehdytys' }, { random: seededRandom(8) }));
    const data = JSON.parse(JSON.stringify(exportWorkshop(sample.workshop, sample)));
    data.agreements[0].ownerPerson = '<script>';
    const parsed = validateWorkshopExport(data);
    expect(parsed.ok ? [] : parsed.errors).toEqual([{ path: 'agreements[0].ownerPerson', reason: 'invalid-id' }]);
  });
});
