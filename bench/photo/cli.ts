// npm exec -- node bench/photo/cli.ts OUT_DIR [seed...]: writes the generated photos and their truth.
import { generatePhoto, SET_SEEDS } from './generate.ts';

const [out = 'bench/results/photos', ...seeds] = process.argv.slice(2);
for (const seed of seeds.length > 0 ? seeds.map(Number) : SET_SEEDS) {
  const started = performance.now();
  const truth = await generatePhoto(seed, out);
  console.log(
    `${truth.photo.file}: ${truth.notes.length} notes, tilt ${truth.tilt.toFixed(0)}°, ${Math.round(performance.now() - started)} ms`,
  );
}
