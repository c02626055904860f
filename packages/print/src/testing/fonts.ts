import { loadFonts } from '../node/loadFonts.ts';
import type { PrintFonts } from '../printable.ts';

/** The fonts every test renders with, read once per test file. */
export const fonts: PrintFonts = await loadFonts();
