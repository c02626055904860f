import { describe, expect, it } from 'vitest';
import { seededBoard } from '../testing/board.ts';
import { must, pathWith } from '../testing/paths.ts';
import { deletePath } from './deletePath.ts';
import type { PathId, StepId } from './pathSchema.ts';
import { readPath } from './readPaths.ts';
import { removeStep } from './removeStep.ts';
import { restorePath, restoreStep } from './restorePath.ts';

const free = (text: string) => ({ phase: 'start' as const, text });

describe('restorePath and restoreStep', () => {
  it('bring a deleted path back with its steps, and a removed step back in its place', () => {
    const doc = seededBoard();
    const { path, steps } = pathWith(doc, 'Kertakävijä', [free('Walk-in'), free('Chat'), free('Nettiohjaus')]);
    must(removeStep(doc, path, steps[1] as StepId));
    must(deletePath(doc, path));
    expect(readPath(doc, path)).toBeUndefined();
    must(restorePath(doc, path));
    expect(readPath(doc, path)?.steps.map((step) => step.text)).toEqual(['Walk-in', 'Nettiohjaus']);
    must(restoreStep(doc, path, steps[1] as StepId));
    expect(readPath(doc, path)?.steps.map((step) => step.text)).toEqual(['Walk-in', 'Chat', 'Nettiohjaus']);
  });

  it('leave a live path as it is and refuse what the board does not have', () => {
    const doc = seededBoard();
    const { path } = pathWith(doc, 'Kertakävijä', [free('Walk-in')]);
    expect(restorePath(doc, path)).toEqual({ ok: true, value: undefined });
    expect(restorePath(doc, 'zzzzzzzzzzzz' as PathId)).toEqual({ ok: false, error: 'unknown-path' });
    expect(restoreStep(doc, path, 'zzzzzzzzzzzz' as StepId)).toEqual({ ok: false, error: 'unknown-step' });
  });
});
