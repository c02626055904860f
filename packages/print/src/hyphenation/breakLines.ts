import { breakPoints, type Hyphenate, withoutSoftHyphens } from './softHyphen.ts';

/** The width of a piece of text in the caller's unit (jsPDF: mm at the current font). */
export type Measure = (text: string) => number;

/**
 * Lines of `text` no wider than `width`, for output that knows no soft hyphens (jsPDF):
 * words go on while they fit; a word that does not fit the rest of the line breaks at its last
 * hyphenation point that does, with "-" at the line's end; a word with no such point that does
 * not fit a line of its own breaks between letters, also marked "-" (the last resort).
 * The text's own line breaks are kept.
 */
export function breakLines(text: string, width: number, measure: Measure, hyphenate: Hyphenate): string[] {
  const lines: string[] = [];
  for (const paragraph of withoutSoftHyphens(text).split(/\r\n|\r|\n/)) {
    lines.push(...breakParagraph(paragraph, width, measure, hyphenate));
  }
  return lines;
}

/**
 * A line being filled: its text and width. Widths add up word by word (jsPDF does not kern), so
 * a long paragraph is measured once per word, not once per word and line so far.
 */
type Line = { text: string; width: number };

function breakParagraph(paragraph: string, width: number, measure: Measure, hyphenate: Hyphenate): string[] {
  const lines: string[] = [];
  const space = measure(' ');
  const line: Line = { text: '', width: 0 };
  const end = (text: string) => {
    lines.push(text);
    line.text = '';
    line.width = 0;
  };
  for (const word of paragraph.split(/[ \t]+/).filter((w) => w !== '')) {
    let rest = word;
    while (rest !== '') {
      const gap = line.text === '' ? 0 : space;
      const restWidth = measure(rest);
      if (line.width + gap + restWidth <= width) {
        line.text = line.text === '' ? rest : `${line.text} ${rest}`;
        line.width += gap + restWidth;
        break;
      }
      const head = hyphenatedHead(rest, width - line.width - gap, measure, hyphenate);
      if (head !== null) {
        end(line.text === '' ? head.shown : `${line.text} ${head.shown}`);
        rest = rest.slice(head.length);
      } else if (line.text !== '') {
        end(line.text);
      } else {
        const cut = forcedCut(rest, width, measure);
        end(`${rest.slice(0, cut)}-`);
        rest = rest.slice(cut);
      }
    }
  }
  lines.push(line.text);
  return lines;
}

/** As much of `word` as fits `room`, broken at a hyphenation point and shown with its hyphen; null if none fits. */
function hyphenatedHead(
  word: string,
  room: number,
  measure: Measure,
  hyphenate: Hyphenate,
): { readonly shown: string; readonly length: number } | null {
  const points = breakPoints(word, hyphenate);
  for (let i = points.length - 1; i >= 0; i--) {
    const at = points[i]!;
    const head = word.slice(0, at);
    const shown = head.endsWith('-') ? head : `${head}-`;
    if (measure(shown) <= room) return { shown, length: at };
  }
  return null;
}

/** How many letters of `word` fit a line with a "-" after them: at least one, so text always advances. */
function forcedCut(word: string, width: number, measure: Measure): number {
  let cut = 1;
  while (cut < word.length - 1 && measure(`${word.slice(0, cut + 1)}-`) <= width) cut++;
  return cut;
}
