export type NoteLayout = {
  readonly columns: number;
  readonly fontPx: number;
  /** How many lines of a note's text fit at the typical length (the notes themselves are never cut). */
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
 * The smallest type on the projector: 18 px at 720 lines, scaled with the picture (27 px at
 * 1080), so the room reads the same size from the back whatever the projector's resolution.
 */
export function readableFontPx(viewportHeight: number): number {
  return Math.max(16, Math.round(viewportHeight / 40));
}

/**
 * Lays out a projector cell's notes so that `count` of them fit without scrolling. The smallest
 * font is `limits.minFont` (the projector passes readableFontPx), else a fixed share of the
 * cell's height, so the view looks the same, just scaled, at 1280x720 and 1920x1080.
 *
 * Among 1-4 columns and every font from that floor up: the largest font at which a note of
 * `textLength` characters fits (between equal fonts, the roomier one); if none does, the layout
 * that shows the most text. What still does not fit is hidden whole behind "+N more" (useNotesThatFit).
 */
export function fitNotes(
  count: number,
  width: number,
  height: number,
  textLength: number,
  /** The longest word on the board, in characters: a line should hold it whole. */
  longestWord = 0,
  /** The readable range: the smallest type the room can read and the largest worth having. */
  limits: { readonly minFont?: number; readonly maxFont?: number } = {},
): NoteLayout {
  const maxFont = limits.maxFont ?? MAX_FONT;
  const minLineChars = Math.max(MIN_LINE_CHARS, Math.min(MAX_WORD_CHARS, longestWord + 1));
  if (count === 0 || width <= 0 || height <= 0) return { columns: 1, fontPx: 20, lines: 3 };
  const floor = Math.min(maxFont, Math.max(ABSOLUTE_MIN_FONT, limits.minFont ?? Math.floor(height / 26)));
  let fitting: { layout: NoteLayout; capacity: number } | undefined;
  let fullest: { layout: NoteLayout; capacity: number } | undefined;
  for (let columns = 1; columns <= Math.min(4, count); columns++) {
    const rows = Math.ceil(count / columns);
    const noteWidth = (width - GAP * (columns - 1)) / columns - PADDING;
    const noteHeight = (height - GAP * (rows - 1)) / rows - PADDING;
    for (let font = maxFont; font >= floor; font--) {
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
  if (fitting) return fitting.layout;
  if (fullest) return fullest.layout;
  // Not even one line each: the columns that keep a line wide enough for whole words at the
  // floor (the notes that do not fit are hidden whole behind "+N more").
  const column = minLineChars * floor * GLYPH_WIDTH + PADDING + GAP;
  const columns = Math.max(1, Math.min(4, count, Math.floor((width + GAP) / column)));
  return { columns, fontPx: floor, lines: 1 };
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
