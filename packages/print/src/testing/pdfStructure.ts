import { execFileSync } from 'node:child_process';
import { inflateSync } from 'node:zlib';

/**
 * Reads a tagged PDF's structure back: the tree as poppler sees it (`pdfinfo -struct-text`,
 * the tree with each piece's text, as assistive technology walks it), the catalog's entries, and
 * the page content that is neither tagged nor an artifact. Test-only.
 */

export type StructNode = {
  readonly role: string;
  /** Attribute lines as pdfinfo prints them, e.g. `/Scope /Column`. */
  readonly attributes: string[];
  /** Child elements and text, in the tree's order. */
  readonly kids: (StructNode | string)[];
};

/** The structure tree with its text (poppler's `pdfinfo -struct-text`); the root is `Document`. */
export function structureTree(path: string): StructNode {
  const out = execFileSync('pdfinfo', ['-struct-text', path], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const top: StructNode = { role: '', attributes: [], kids: [] };
  const stack: { indent: number; node: StructNode }[] = [{ indent: -1, node: top }];
  for (const line of out.split('\n')) {
    if (line.trim() === '') continue;
    const indent = line.length - line.trimStart().length;
    const text = line.trim();
    while (stack.length > 1 && stack[stack.length - 1]!.indent >= indent) stack.pop();
    const parent = stack[stack.length - 1]!.node;
    if (text.startsWith('"')) parent.kids.push(text.slice(1, -1));
    else if (text.startsWith('/')) parent.attributes.push(text);
    else {
      const node: StructNode = { role: text.split(/[\s:]/)[0]!, attributes: [], kids: [] };
      parent.kids.push(node);
      stack.push({ indent, node });
    }
  }
  const root = top.kids[0];
  if (!root || typeof root === 'string') throw new Error('no structure tree');
  return root;
}

/** Every element of the tree in reading order (depth first). */
export function elements(node: StructNode): StructNode[] {
  return [node, ...node.kids.flatMap((kid) => (typeof kid === 'string' ? [] : elements(kid)))];
}

/** The element's text in reading order, its pieces joined by spaces. */
export function textOf(node: StructNode): string {
  return node.kids.map((kid) => (typeof kid === 'string' ? kid : textOf(kid))).join(' ');
}

export function childrenOf(node: StructNode, role?: string): StructNode[] {
  return node.kids.filter((kid): kid is StructNode => typeof kid !== 'string' && (!role || kid.role === role));
}

/** The document catalog's dictionary as written (jsPDF writes objects uncompressed). */
export function catalog(pdf: Uint8Array): string {
  const text = Buffer.from(pdf).toString('latin1');
  const match = text.match(/<<\s*\/Type \/Catalog([\s\S]*?)\nendobj/);
  if (!match) throw new Error('no catalog');
  return match[1]!;
}

/** Each page's content stream, inflated, in page order. */
export function contentStreams(pdf: Uint8Array): string[] {
  const file = Buffer.from(pdf);
  const text = file.toString('latin1');
  return [...text.matchAll(/\/Contents (\d+) 0 R/g)].map(([, id]) => {
    const object = new RegExp(`\\n${id} 0 obj\\s*<<([\\s\\S]*?)>>\\s*stream\\r?\\n`).exec(text);
    if (!object) throw new Error(`no content stream ${id}`);
    const length = Number(/\/Length (\d+)/.exec(object[1]!)?.[1]);
    const start = object.index + object[0].length;
    const data = file.subarray(start, start + length);
    return (object[1]!.includes('/FlateDecode') ? inflateSync(data) : data).toString('latin1');
  });
}

/** Operators that put marks on the page: text objects and painted paths, shadings, images. */
const PAINTING = new Set(['BT', 'S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'sh', 'Do']);

/**
 * The painting operators outside any marked content, as `page: operator`: in a tagged PDF every
 * mark is either content of the structure or an artifact, so this is empty.
 */
export function unmarkedContent(pdf: Uint8Array): string[] {
  return contentStreams(pdf).flatMap((stream, index) => {
    const found: string[] = [];
    let depth = 0;
    // Hex strings and dictionaries are single tokens here; jsPDF writes no literal strings in
    // content with a Unicode font.
    for (const token of stream.split(/\s+/)) {
      if (token === 'BDC' || token === 'BMC') depth++;
      else if (token === 'EMC') depth--;
      else if (depth === 0 && PAINTING.has(token)) found.push(`${index + 1}: ${token}`);
    }
    return found;
  });
}

const UNESCAPE: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };

/** A literal string's bytes (7.3.4.2) from just after its "(": the escapes undone, to its closing ")". */
function literalBytes(text: string, start: number): string {
  let out = '';
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\\') {
      const next = text[++i]!;
      const octal = /^[0-7]{1,3}/.exec(text.slice(i, i + 3));
      if (octal) {
        out += String.fromCharCode(Number.parseInt(octal[0], 8));
        i += octal[0].length - 1;
      } else out += UNESCAPE[next] ?? next;
    } else if (char === ')' && depth === 0) return out;
    else {
      if (char === '(') depth++;
      if (char === ')') depth--;
      out += char;
    }
  }
  throw new Error('unterminated string');
}

/** A text string's bytes decoded: UTF-16BE after a byte-order mark, else PDFDocEncoding (Latin-1 here). */
function decodeText(bytes: string): string {
  const raw = Buffer.from(bytes, 'latin1');
  if (raw[0] === 0xfe && raw[1] === 0xff) return Buffer.from(raw.subarray(2)).swap16().toString('utf16le');
  return raw.toString('latin1');
}

/** Every structure element's `key` (`ActualText`, `Alt`) in the file, decoded, in file order. */
export function textEntries(pdf: Uint8Array, key: 'ActualText' | 'Alt'): string[] {
  const text = Buffer.from(pdf).toString('latin1');
  return [...text.matchAll(new RegExp(`/${key} \\(`, 'g'))].map((match) =>
    decodeText(literalBytes(text, match.index + match[0].length)),
  );
}
