import { describe, expect, it } from 'vitest';
import { CELL_IDS, DIMENSIONS, isCellId, LANGUAGES, PHASES, parseCellId } from './template.ts';

describe('template', () => {
  it('has 5 phases and 3 dimensions named in every language', () => {
    expect(PHASES.map((p) => p.id)).toEqual(['before', 'start', 'during', 'ending', 'followup']);
    expect(DIMENSIONS.map((d) => d.id)).toEqual(['services', 'collaboration', 'participation']);
    for (const item of [...PHASES, ...DIMENSIONS]) {
      for (const language of LANGUAGES) expect(item.name[language].length).toBeGreaterThan(2);
    }
    expect(PHASES[0]?.name.fi).toBe('Ennen asiakkuuden alkua');
    expect(DIMENSIONS[2]?.name.sv).toBe('Kundens delaktighet och aktörskap');
  });

  it('has 15 cells that parse back', () => {
    expect(CELL_IDS).toHaveLength(15);
    for (const cell of CELL_IDS) {
      const { phase, dimension } = parseCellId(cell);
      expect(`${phase}:${dimension}`).toBe(cell);
    }
    expect(isCellId('start:services')).toBe(true);
    expect(isCellId('start:services:x')).toBe(false);
    expect(isCellId('__proto__')).toBe(false);
  });
});
