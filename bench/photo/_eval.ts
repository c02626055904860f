import { evaluatePhoto } from './evaluate.ts';
import { readTruth } from './generate.ts';

const dir = process.argv[2]!;
for (const s of process.argv.slice(3).map(Number)) {
  const t = readTruth(dir, s);
  const r = await evaluatePhoto(dir, t);
  console.log(
    s,
    JSON.stringify(t.spec),
    t.sheet,
    'tilt',
    t.tilt.toFixed(0),
    'roll',
    t.roll.toFixed(0),
    'blur',
    t.blur.toFixed(1),
    r.markersFound,
    r.wrongSheets,
    r.meanMm.toFixed(2),
    r.maxMm.toFixed(2),
    Math.round(r.ms),
  );
}
