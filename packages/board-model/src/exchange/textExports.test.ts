import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { seedBoard } from '../seed.ts';
import { BallotBox } from '../testing/ballotBox.ts';
import { applyRandomOperation } from '../testing/randomOperations.ts';
import { applyRandomStacking } from '../testing/randomStacking.ts';
import { SAMPLE_TEXTS, sampleWorkshop } from '../testing/sampleWorkshop.ts';
import { seededRandom } from '../testing/seededRandom.ts';
import { csvField, exportCsv } from './csv.ts';
import { exportWorkshop } from './exportWorkshop.ts';
import { importWorkshop } from './importWorkshop.ts';
import { escapeMarkdown, exportMarkdown } from './markdown.ts';
import { applyRandomFacilitation } from './randomFacilitation.ts';
import { validateWorkshopExport } from './validate.ts';

const sampleExport = () => {
  const sample = sampleWorkshop();
  return exportWorkshop(sample.workshop, sample);
};

/** A minimal RFC 4180 reader: enough to check that the writer's quoting reads back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && char === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else {
      field += char;
    }
  }
  return rows;
}

describe('exportCsv', () => {
  it('writes a BOM, CRLF rows and one row per visible note of every board', () => {
    const csv = exportCsv(sampleExport());
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    // A Finnish workshop's spreadsheet is Finnish: the header and the kinds too.
    expect(rows[0]).toEqual(['vaihe', 'ulottuvuus', 'teksti', 'tyyppi', 'ryhmä', 'pistettä']);
    const body = rows.slice(1);
    // Plenary: 3 merged + the stack's head (member hidden, deleted note left out); groups: 2 + 1.
    expect(body).toHaveLength(7);
    expect(body).toContainEqual([
      'Ennen asiakkuuden alkua',
      'Toimenpiteet ja palvelut',
      SAMPLE_TEXTS.quoted,
      'puute',
      '',
      '',
    ]);
    expect(body).toContainEqual([
      'Ennen asiakkuuden alkua',
      'Toimenpiteet ja palvelut',
      SAMPLE_TEXTS.finnish,
      'lappu',
      '1',
      '',
    ]);
    expect(body.map((row) => row[2])).toContain(SAMPLE_TEXTS.sami);
    expect(body.map((row) => row[2])).not.toContain('Poistettu idea');
    expect(body.every((row) => row.length === 6)).toBe(true);
  });

  it('quotes per RFC 4180 and defuses spreadsheet formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('plain')).toBe('plain');
  });
});

describe('exportMarkdown', () => {
  it('summarises the title, groups, phases, dimensions and notes', () => {
    const md = exportMarkdown(sampleExport());
    expect(md.startsWith('# Ohjaamo-päivä – Åbo\n\n2023-11-14\n')).toBe(true);
    expect(md).toContain('- Ryhmä 1: Aino Ääpälä, Máret Sárá');
    expect(md).toContain('## Yhteinen taulukko');
    expect(md).toContain('### Ennen asiakkuuden alkua');
    expect(md).toContain(`- ${SAMPLE_TEXTS.sami}`);
    expect(md).toContain(`- ${SAMPLE_TEXTS.swedish}`);
    expect(md).not.toContain('Poistettu idea');
    expect(md).not.toContain('Sama asia toisin sanoen');
  });

  it('escapes markup so a note prints as typed', () => {
    expect(escapeMarkdown('*tärkeä* <b> # 1. kohta')).toBe('\\*tärkeä\\* \\<b\\> # 1. kohta');
    expect(escapeMarkdown('# otsikko\n- lista')).toBe('\\# otsikko\n\\- lista');
  });
});

describe('JSON round trip on random boards', () => {
  it('export -> import -> export is identical for 40 seeds (agreements, rounds and votes too)', () => {
    const sample = sampleWorkshop().workshop;
    let facilitated = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const random = seededRandom(seed);
      const workshop = new Y.Doc();
      Y.applyUpdate(workshop, Y.encodeStateAsUpdate(sample));
      const plenary = new Y.Doc();
      seedBoard(plenary, { title: 'Satunnainen', language: 'sv', createdAt: seed });
      for (let step = 0; step < 60; step++) {
        if (random() < 0.8) applyRandomOperation(plenary, random);
        else applyRandomStacking(plenary, random);
      }
      applyRandomFacilitation(workshop, plenary, random, 1_800_000_000_000 + seed);
      const first = exportWorkshop(workshop, { plenary, groups: new Map() });
      const parsed = validateWorkshopExport(JSON.parse(JSON.stringify(first)));
      expect(parsed.ok ? [] : parsed.errors, `seed ${seed}`).toEqual([]);
      if (!parsed.ok) continue;
      const docs = importWorkshop(parsed.value);
      // As the server loads an imported common table: its dots go into the ballots.
      BallotBox.migrate(docs.plenary);
      const second = exportWorkshop(docs.workshop, docs);
      expect(JSON.stringify(second), `seed ${seed}`).toBe(JSON.stringify(first));
      if ((first.agreements?.length ?? 0) > 0 && (first.votes?.length ?? 0) > 0) facilitated++;
    }
    // The mix is random: make sure it did exercise agreements and votes on many seeds.
    expect(facilitated).toBeGreaterThan(10);
  });
});
