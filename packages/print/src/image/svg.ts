/**
 * SVG text written by hand (the renderer has no DOM). Every string from a board is hostile:
 * it is escaped for XML, and what XML 1.0 cannot carry at all (control characters, lone
 * surrogates, U+FFFE/U+FFFF) is dropped, so any note gives a well-formed, inert document.
 */

/** Characters XML 1.0 does not allow in a document, even escaped; and lone surrogates. */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for element content or a quoted attribute: `]]>`, quotes and tags come out as entities. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Millimetres with two decimals: a hundredth of a mm is far below a pixel at any size we render. */
export function mm(value: number): string {
  return String(Math.round(value * 100) / 100);
}

export type Rgb = readonly [number, number, number];

export function hex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

export function grey(level: number): string {
  return hex([level, level, level]);
}

/**
 * The PDFs' font first; Verdana and Vera share DejaVu's proportions. Each line also carries the
 * width it was measured at (`textLength`), so with a fallback font it still ends where it should.
 */
export const FONT_STACK = "'DejaVu Sans', 'Bitstream Vera Sans', Verdana, sans-serif";

export type TextOptions = {
  readonly size: number;
  readonly bold?: boolean;
  readonly fill?: string;
  readonly anchor?: 'start' | 'middle' | 'end';
  /** The width the line was measured at, in mm. */
  readonly width: number;
};

/** One line of text with `y` its alphabetic baseline (mm). */
export function text(line: string, x: number, y: number, options: TextOptions): string {
  const attributes = [
    `x="${mm(x)}"`,
    `y="${mm(y)}"`,
    `font-size="${mm(options.size)}"`,
    options.bold ? 'font-weight="bold"' : '',
    options.fill && options.fill !== '#000000' ? `fill="${options.fill}"` : '',
    options.anchor && options.anchor !== 'start' ? `text-anchor="${options.anchor}"` : '',
    options.width > 0 ? `textLength="${mm(options.width)}" lengthAdjust="spacingAndGlyphs"` : '',
  ];
  return `<text ${attributes.filter((a) => a !== '').join(' ')}>${escapeXml(line.replace(/[\t\n\r]/g, ' '))}</text>`;
}

export type RectOptions = {
  readonly fill?: string;
  readonly stroke?: string;
  readonly strokeWidth?: number;
  readonly dash?: readonly number[];
};

export function rect(x: number, y: number, width: number, height: number, options: RectOptions): string {
  const attributes = [
    `x="${mm(x)}" y="${mm(y)}" width="${mm(width)}" height="${mm(height)}"`,
    `fill="${options.fill ?? 'none'}"`,
    options.stroke ? `stroke="${options.stroke}" stroke-width="${mm(options.strokeWidth ?? 0.3)}"` : '',
    options.dash && options.dash.length > 0 ? `stroke-dasharray="${options.dash.map(mm).join(' ')}"` : '',
  ];
  return `<rect ${attributes.filter((a) => a !== '').join(' ')}/>`;
}
