import { printoutLayout } from '@avaa/print/markers';
import { readTruth } from './generate.ts';

const dir = process.argv[2]!;
for (const s of process.argv.slice(3).map(Number)) {
  const t = readTruth(dir, s);
  const sheet = printoutLayout(t.spec).sheets[t.sheet]!;
  const covered = sheet.markers.filter((m) =>
    t.notes.some((n) => {
      const xs = n.page.map((p) => p.x),
        ys = n.page.map((p) => p.y);
      return (
        Math.min(...xs) < m.x + m.size &&
        Math.max(...xs) > m.x &&
        Math.min(...ys) < m.y + m.size &&
        Math.max(...ys) > m.y
      );
    }),
  );
  console.log(
    s,
    covered.map((m) => m.corner),
  );
}
