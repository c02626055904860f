import { describe, expect, it } from 'vitest';
import { readPaths } from '../paths/readPaths.ts';
import { readAllNotes } from '../schema.ts';
import { sampleWorkshop } from '../testing/sampleWorkshop.ts';
import { addPerson } from '../workshop/operations/addPerson.ts';
import { readPeople, readPerson } from '../workshop/schema.ts';
import { exportWorkshop } from './exportWorkshop.ts';
import { importWorkshop } from './importWorkshop.ts';
import { startFrom, type WorkshopStart } from './startFrom.ts';
import type { WorkshopExport } from './types.ts';
import { validateWorkshopExport } from './validate.ts';

const NOW = 1_900_000_000_000;

function started(start: WorkshopStart) {
  const sample = sampleWorkshop();
  const data = exportWorkshop(sample.workshop, sample);
  const fresh = startFrom(data, start, { title: 'Ohjaamo Åbo – kevät', now: NOW });
  // Through JSON and the validation, as the server's import takes it.
  const parsed = validateWorkshopExport(JSON.parse(JSON.stringify(fresh)));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return { data, fresh: parsed.value as WorkshopExport, docs: importWorkshop(parsed.value) };
}

describe('a new workshop from an earlier one', () => {
  it('from the table: its live notes (the stack whole) and live paths, nothing of the day', () => {
    const { data, fresh, docs } = started('table');
    const live = data.boards.plenary.notes.filter((note) => !note.deleted);
    expect(fresh.boards.plenary.notes.map((note) => note.id)).toEqual(live.map((note) => note.id));
    expect(fresh.boards.plenary.notes.every((note) => note.sources.length === 0)).toBe(true);
    expect(fresh.boards.plenary.notes.filter((note) => note.stackedInto !== null)).toHaveLength(1);
    expect(fresh).toMatchObject({ people: [], groups: [], boards: { groups: {} } });
    expect(fresh.workshop).toEqual({ title: 'Ohjaamo Åbo – kevät', language: 'fi', createdAt: NOW });
    expect(Object.keys(fresh)).not.toContain('agreements');
    const paths = readPaths(docs.plenary);
    const livePaths = (data.boards.plenary.paths ?? []).filter((path) => !path.deleted);
    expect(paths.map((path) => path.name).sort()).toEqual(livePaths.map((path) => path.name).sort());
    expect(paths.map((path) => path.name)).not.toContain('Poistettu polku');
    expect(paths.every((path) => path.source === null)).toBe(true);
    // The step on the deleted note stays as a free step saying what it said; the removed step is gone.
    const student = paths.find((path) => path.name.startsWith('Nuori'));
    expect(student?.steps.map((step) => [step.text, step.noteId === null])).toEqual([
      ['', false],
      ['Työkokeilu – *ei tarjolla*', true],
      ['Seurantasoitto', true],
    ]);
    expect(readAllNotes(docs.plenary).some((note) => note.text === 'Poistettu idea')).toBe(false);
  });

  it('from the people: listed with their roles, no groups; joining under a listed name is that person', () => {
    const { data, docs } = started('people');
    const listed = readPeople(docs.workshop);
    expect(listed.map((person) => [person.name, person.role, person.group, person.listed])).toEqual(
      data.people.map((person) => [person.name, person.role, null, true]),
    );
    expect(readAllNotes(docs.plenary)).toEqual([]);
    const aino = listed[0];
    if (!aino) throw new Error('Aino is listed');
    const joined = addPerson(docs.workshop, { name: ' aino ääpälä ', role: 'core-staff' }, { now: () => NOW + 5 });
    expect(joined).toEqual({ ok: true, value: aino.id });
    expect(readPerson(docs.workshop, aino.id)).toMatchObject({ listed: false, joinedAt: NOW + 5 });
    // Taken once: the next to join under that name is someone new.
    const again = addPerson(docs.workshop, { name: 'Aino Ääpälä', role: 'core-staff' });
    expect(again.ok && again.value !== aino.id).toBe(true);
    // Another role is another person.
    const other = addPerson(docs.workshop, { name: 'Åsa Öberg', role: 'network-partner' });
    expect(other.ok && readPerson(docs.workshop, other.value)?.listed).toBe(false);
    expect(
      readPeople(docs.workshop)
        .filter((person) => person.listed)
        .map((person) => person.name),
    ).toEqual(['Åsa Öberg', 'Máret Sárá']);
  });

  it('from the settings: the title and the language only; a listed person survives export and import', () => {
    const { fresh } = started('settings');
    expect(fresh).toMatchObject({ people: [], groups: [], boards: { plenary: { notes: [], paths: [] } } });
    const { docs } = started('people');
    const again = exportWorkshop(docs.workshop, docs);
    expect(again.people.every((person) => person.listed === true)).toBe(true);
    const parsed = validateWorkshopExport(
      JSON.parse(JSON.stringify({ ...again, people: [{ ...again.people[0], listed: 'yes' }] })),
    );
    expect(parsed.ok ? [] : parsed.errors).toEqual([{ path: 'people[0].listed', reason: 'not-a-boolean' }]);
  });
});
