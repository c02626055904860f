import sharp from 'sharp';
import { detectSheets } from '/work/wt/i20-markers/server/src/photo/markers.ts';
for (const f of process.argv.slice(2)) {
  const { data, info } = await sharp(f).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const t = performance.now();
  const sheets = detectSheets({ width: info.width, height: info.height, data });
  console.log(f, info.width, info.height, Math.round(performance.now() - t), 'ms', sheets.map((s) => ({ spec: s.spec, sheet: s.sheet, n: s.markers.length, res: s.residualPx.toFixed(2) })));
}
