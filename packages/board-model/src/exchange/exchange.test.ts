import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SAMPLE_TEXTS, sampleWorkshop } from '../testing/sampleWorkshop.ts';
import { exportWorkshop } from './exportWorkshop.ts';
import { importWorkshop } from './importWorkshop.ts';
import type { WorkshopExport } from './types.ts';
import { validateWorkshopExport } from './validate.ts';

/** Parsed JSON, to break on purpose field by field. */
type Json = ReturnType<typeof JSON.parse>;

function sampleExport(): WorkshopExport {
  const sample = sampleWorkshop();
  return exportWorkshop(sample.workshop, sample);
}

/** Through JSON text and fresh documents, as a file and a new workshop would take it. */
function roundTrip(data: WorkshopExport): WorkshopExport {
  const parsed = validateWorkshopExport(JSON.parse(JSON.stringify(data)));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const docs = importWorkshop(parsed.value);
  // Through encoded updates too: that is what the server stores.
  const reload = (doc: Y.Doc) => {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    return copy;
  };
  const groups = new Map([...docs.groups].map(([n, doc]) => [n, reload(doc)]));
  return exportWorkshop(reload(docs.workshop), { plenary: reload(docs.plenary), groups });
}

describe('exportWorkshop', () => {
  it('exports people, groups and every note, deleted and stacked ones included', () => {
    const data = sampleExport();
    expect(data.format).toBe('avaa-workshop');
    expect(data.version).toBe(1);
    expect(data.workshop).toEqual({ title: 'Ohjaamo-päivä – Åbo', language: 'fi', createdAt: 1_700_000_000_000 });
    expect(data.people.map((p) => p.name)).toEqual(['Aino Ääpälä', 'Åsa Öberg', 'Máret Sárá']);
    expect(data.people[2]?.contact).toBe(data.people[0]?.id);
    expect(data.groups.map((g) => g.number)).toEqual([1, 2]);
    const plenary = data.boards.plenary.notes;
    expect(plenary.filter((n) => n.sources.length > 0).map((n) => n.text)).toEqual([
      SAMPLE_TEXTS.finnish,
      SAMPLE_TEXTS.swedish,
      SAMPLE_TEXTS.sami,
    ]);
    expect(plenary.filter((n) => n.stackedInto !== null)).toHaveLength(1);
    expect(plenary.filter((n) => n.deleted).map((n) => n.text)).toEqual(['Poistettu idea']);
    expect(data.boards.groups['1']?.notes.map((n) => n.text)).toEqual([SAMPLE_TEXTS.finnish, SAMPLE_TEXTS.sami]);
  });

  it('is deterministic: two exports of the same state are the same string', () => {
    const sample = sampleWorkshop();
    expect(JSON.stringify(exportWorkshop(sample.workshop, sample))).toBe(
      JSON.stringify(exportWorkshop(sample.workshop, sample)),
    );
  });

  it('exports a live group without a board document as an empty board', () => {
    const sample = sampleWorkshop();
    const data = exportWorkshop(sample.workshop, { plenary: sample.plenary, groups: new Map() });
    expect(data.boards.groups).toEqual({
      '1': { notes: [], paths: [], comments: [] },
      '2': { notes: [], paths: [], comments: [] },
    });
  });
});

describe('importWorkshop', () => {
  it('export -> import -> export is identical (Finnish, Swedish, Sámi, stacks, sources, deleted)', () => {
    const first = sampleExport();
    const second = roundTrip(first);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    expect(JSON.stringify(roundTrip(second))).toBe(JSON.stringify(first));
  });

  it('seeds the documents as the server does', () => {
    const docs = importWorkshop(sampleExport());
    expect(docs.plenary.getMap('meta').toJSON()).toMatchObject({ schemaVersion: 1, board: 'plenary', language: 'fi' });
    expect(docs.groups.get(2)?.getMap('meta').toJSON()).toMatchObject({ board: 'group', group: 2 });
    expect(docs.workshop.getMap('settings').toJSON()).toEqual({ joiningOpen: true, presenting: null });
  });
});

describe('validateWorkshopExport', () => {
  const errorsOf = (mutate: (data: Json) => void) => {
    const data = JSON.parse(JSON.stringify(sampleExport()));
    mutate(data);
    const result = validateWorkshopExport(data);
    return result.ok ? [] : result.errors;
  };

  it('accepts an export', () => {
    expect(validateWorkshopExport(JSON.parse(JSON.stringify(sampleExport()))).ok).toBe(true);
  });

  it('names the field and the reason', () => {
    expect(
      errorsOf((d) => {
        d.boards.plenary.notes[3].cell = 'before:nothing';
      }),
    ).toEqual([{ path: 'boards.plenary.notes[3].cell', reason: 'unknown-cell' }]);
    expect(errorsOf((d) => (d.format = 'trello'))).toEqual([{ path: 'format', reason: 'unknown-format' }]);
    expect(errorsOf((d) => (d.version = 2))).toEqual([{ path: 'version', reason: 'unsupported-version' }]);
    expect(errorsOf((d) => (d.workshop.language = 'de'))).toEqual([
      { path: 'workshop.language', reason: 'unknown-language' },
    ]);
    expect(errorsOf((d) => (d.people[0].group = 9))).toEqual([{ path: 'people[0].group', reason: 'unknown-group' }]);
    expect(errorsOf((d) => (d.people[2].contact = 'zzzzzzzzzzzz'))).toEqual([
      { path: 'people[2].contact', reason: 'unknown-person' },
    ]);
    expect(errorsOf((d) => (d.boards.groups['1'].notes[0].colour = 'red'))).toEqual([
      { path: 'boards.groups.1.notes[0].colour', reason: 'unknown-colour' },
    ]);
    expect(errorsOf((d) => (d.boards.groups['7'] = { notes: [] }))).toEqual([
      { path: 'boards.groups.7', reason: 'unknown-group' },
    ]);
  });

  it('lists every error at once, unknown and missing fields included', () => {
    const errors = errorsOf((d) => {
      d.extra = true;
      delete d.workshop.title;
      d.boards.plenary.notes[0].text = 'bell\u0007';
      d.boards.plenary.notes[1].kind = 'todo';
      d.groups.push({ number: 1, createdAt: 0 });
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: 'extra', reason: 'unknown-field' },
        { path: 'workshop.title', reason: 'missing' },
        { path: 'boards.plenary.notes[0].text', reason: 'invalid-text' },
        { path: 'boards.plenary.notes[1].kind', reason: 'unknown-kind' },
        { path: 'groups[2].number', reason: 'duplicate-group' },
      ]),
    );
    expect(errors).toHaveLength(5);
  });

  it('checks ids and stacks inside a board', () => {
    const notes = (d: Json) => d.boards.plenary.notes as Record<string, unknown>[];
    expect(errorsOf((d) => (notes(d)[1]!.id = notes(d)[0]!.id))).toContainEqual({
      path: 'boards.plenary.notes[1].id',
      reason: 'duplicate-id',
    });
    expect(errorsOf((d) => (notes(d)[0]!.stackedInto = 'zzzzzzzzzzzz'))).toEqual([
      { path: 'boards.plenary.notes[0].stackedInto', reason: 'unknown-note' },
    ]);
    expect(errorsOf((d) => (notes(d)[0]!.stackedInto = notes(d)[0]!.id))).toEqual([
      { path: 'boards.plenary.notes[0].stackedInto', reason: 'stacked-into-self' },
    ]);
    const member = (d: Json) => notes(d).findIndex((n) => n.stackedInto !== null);
    expect(
      errorsOf((d) => {
        notes(d)[0]!.stackedInto = notes(d)[member(d)]!.id;
      }),
    ).toEqual([{ path: 'boards.plenary.notes[0].stackedInto', reason: 'stack-chain' }]);
  });

  it('refuses what is not an object', () => {
    expect(validateWorkshopExport(null)).toEqual({ ok: false, errors: [{ path: '', reason: 'not-an-object' }] });
    expect(validateWorkshopExport([])).toEqual({ ok: false, errors: [{ path: '', reason: 'not-an-object' }] });
  });
});
