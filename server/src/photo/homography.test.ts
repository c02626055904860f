import { describe, expect, it } from 'vitest';
import { fitHomography, invert, project } from './homography.ts';

const truth = [0.8, -0.2, 120, 0.15, 0.9, 40, 0.0004, -0.0002, 1];
const page = [
  { x: 0, y: 0 },
  { x: 420, y: 0 },
  { x: 420, y: 297 },
  { x: 0, y: 297 },
  { x: 200, y: 150 },
  { x: 30, y: 260 },
];

describe('homography', () => {
  it('recovers a perspective map from four or more point pairs', () => {
    const photo = page.map((p) => project(truth, p));
    const fitted = fitHomography(page, photo);
    for (const [i, v] of fitted.entries()) expect(v).toBeCloseTo(truth[i]!, 6);
    const four = fitHomography(page.slice(0, 4), photo.slice(0, 4));
    expect(project(four, { x: 100, y: 100 }).x).toBeCloseTo(project(truth, { x: 100, y: 100 }).x, 6);
  });

  it('inverts: photo -> page undoes page -> photo', () => {
    const back = invert(truth);
    for (const p of page) {
      const q = project(back, project(truth, p));
      expect(q.x).toBeCloseTo(p.x, 6);
      expect(q.y).toBeCloseTo(p.y, 6);
    }
  });

  it('fits noisy points in the least-squares sense', () => {
    const photo = page.map((p, i) => {
      const q = project(truth, p);
      return { x: q.x + (i % 2 ? 0.5 : -0.5), y: q.y + (i % 3 ? 0.5 : -0.5) };
    });
    const fitted = fitHomography(page, photo);
    const centre = project(fitted, { x: 210, y: 148 });
    const real = project(truth, { x: 210, y: 148 });
    expect(Math.hypot(centre.x - real.x, centre.y - real.y)).toBeLessThan(1);
  });
});
