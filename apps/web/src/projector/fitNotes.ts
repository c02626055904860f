export type NoteLayout = {
  readonly columns: number;
  readonly fontPx: number;
  /** How many lines of a note's text fit; longer notes are clamped with an ellipsis. */
  readonly lines: number;
};

const GAP = 6;
const PADDING = 10;
const LINE_HEIGHT = 1.2;
/** Average glyph width of the system UI fonts, as a fraction of the font size, with wrap slack. */
const GLYPH_WIDTH = 0.55;
const MAX_FONT = 36;
/** Word wrapping leaves ragged line ends: ask for this much more room than the characters need. */
const WRAP_SLACK = 1.25;
const ABSOLUTE_MIN_FONT = 8;
/** Finnish words are long: a line narrower than this breaks them mid-word. */
const MIN_LINE_CHARS = 15;
/** Beyond this a word may break: one very long compound must not shrink every note. */
const MAX_WORD_CHARS = 22;

/**
 * Lays out a projector cell's notes so that all of them fit without scrolling. The smallest
 * font is a fixed share of the cell's height, so the view looks the same, just scaled, at
 * 1280x720 and 1920x1080 (a projector's picture has the same physical size either way).
 *
 * Among 1-4 columns and every font from that floor up: the largest font at which a note of
 * `textLength` characters fits (between equal fonts, the roomier one); if none does, the layout
 * that shows the most text. Longer notes are clamped to `lines`.
 */
export function fitNotes(
  count: number,
  width: number,
  height: number,
  textLength: number,
  /** The longest word on the board, in characters: a line should hold it whole. */
  longestWord = 0,
): NoteLayout {
  const minLineChars = Math.max(MIN_LINE_CHARS, Math.min(MAX_WORD_CHARS, longestWord + 1));
  if (count === 0 || width <= 0 || height <= 0) return { columns: 1, fontPx: 20, lines: 3 };
  const floor = Math.max(ABSOLUTE_MIN_FONT, Math.floor(height / 26));
  let fitting: { layout: NoteLayout; capacity: number } | undefined;
  let fullest: { layout: NoteLayout; capacity: number } | undefined;
  for (let columns = 1; columns <= Math.min(4, count); columns++) {
    const rows = Math.ceil(count / columns);
    const noteWidth = (width - GAP * (columns - 1)) / columns - PADDING;
    const noteHeight = (height - GAP * (rows - 1)) / rows - PADDING;
    for (let font = MAX_FONT; font >= floor; font--) {
      const lines = Math.floor(noteHeight / (font * LINE_HEIGHT));
      const perLine = Math.floor(noteWidth / (font * GLYPH_WIDTH));
      if (lines < 1 || perLine < minLineChars) continue;
      const layout = { columns, fontPx: font, lines };
      const capacity = lines * perLine;
      // Between equal fonts, the layout that shows more of the longer notes.
      const better =
        !fitting || font > fitting.layout.fontPx || (font === fitting.layout.fontPx && capacity > fitting.capacity);
      if (capacity >= textLength * WRAP_SLACK && better) fitting = { layout, capacity };
      if (!fullest || capacity > fullest.capacity) fullest = { layout, capacity };
    }
  }
  return fitting?.layout ?? fullest?.layout ?? { columns: Math.min(count, 4), fontPx: floor, lines: 1 };
}

/**
 * How many lines a note of a cell holding `count` notes can show with the grid's `layout`: the
 * type is the same everywhere, but a cell with fewer notes than the fullest gives each more
 * height, so its notes need not be cut at the fullest cell's line count.
 */
export function linesInCell(layout: NoteLayout, count: number, height: number): number {
  if (count === 0 || height <= 0) return layout.lines;
  const rows = Math.ceil(count / layout.columns);
  const noteHeight = (height - GAP * (rows - 1)) / rows - PADDING;
  return Math.max(layout.lines, Math.floor(noteHeight / (layout.fontPx * LINE_HEIGHT)));
}
