/**
 * The logical structure of a tagged PDF (ISO 32000-1, 14.7-14.8) as plain data, and its
 * serialisation into PDF objects. The renderers build the tree in reading order before or while
 * they draw; `tagging.ts` ties each drawn piece to its element with a marked-content id.
 */

/** The standard structure types the printables use (14.8.4). */
export type Role =
  | 'Document'
  | 'Sect'
  | 'H1'
  | 'H2'
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Table'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'Figure';

/**
 * One marked-content sequence on a page (1-based), as `BDC ... EMC` with its MCID, and the text
 * it shows as written (before wrapping, hyphenation or shortening with "…"), when it shows text.
 */
export type MarkedContent = { readonly page: number; readonly mcid: number; readonly text?: string };

export type StructElement = {
  readonly role: Role;
  /** Child elements and marked content, in reading order. */
  readonly kids: (StructElement | MarkedContent)[];
  /** The attribute dictionary, e.g. a table header's scope. */
  readonly attributes?: string;
  /** Alternative text, for a figure. */
  readonly alt?: string;
};

/** A table header cell's scope: a header names its column or its row (14.8.5.7). */
export const SCOPE = {
  column: '<</O /Table /Scope /Column>>',
  row: '<</O /Table /Scope /Row>>',
} as const;

export function rootElement(): StructElement {
  return { role: 'Document', kids: [] };
}

/** A new element appended to `parent`'s children: the tree reads in the order elements are added. */
export function addElement(
  parent: StructElement,
  role: Role,
  extra: { readonly attributes?: string; readonly alt?: string } = {},
): StructElement {
  const element: StructElement = { role, kids: [], ...extra };
  parent.kids.push(element);
  return element;
}

function isElement(kid: StructElement | MarkedContent): kid is StructElement {
  return 'role' in kid;
}

const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '(': '\\(', ')': '\\)', '\r': '\\r', '\n': '\\n' };

/** Characters PDFDocEncoding writes as one byte, as in Latin-1 (0xA0 is the euro sign there, 0xAD undefined). */
function isDocEncoded(code: number): boolean {
  return code === 10 || (code >= 0x20 && code <= 0x7e) || (code >= 0xa1 && code <= 0xff && code !== 0xad);
}

/**
 * A text string as a literal (7.9.2.2): one byte a character in PDFDocEncoding when it can be
 * (Finnish and Swedish letters can), else UTF-16BE after a byte-order mark, for any script. The
 * bytes go into the file as they are (jsPDF writes a binary string); `\`, parentheses and line
 * ends are escaped.
 */
export function pdfTextString(text: string): string {
  const docEncoded = [...text].every((char) => char.length === 1 && isDocEncoded(char.charCodeAt(0)));
  let bytes = docEncoded ? text : '\u00fe\u00ff';
  if (!docEncoded) {
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      bytes += String.fromCharCode(unit >> 8, unit & 0xff);
    }
  }
  return `(${bytes.replace(/[\\()\r\n]/g, (char) => ESCAPES[char] ?? char)})`;
}

/** What the PDF writer offers: object numbers reserved ahead, and bodies written later. */
export type ObjectWriter = {
  readonly reserve: () => number;
  readonly write: (id: number, body: string) => void;
};

function reserveAll(element: StructElement, writer: ObjectWriter, ids: Map<StructElement, number>): void {
  ids.set(element, writer.reserve());
  for (const kid of element.kids) if (isElement(kid)) reserveAll(kid, writer, ids);
}

type Context = {
  readonly writer: ObjectWriter;
  readonly ids: ReadonlyMap<StructElement, number>;
  readonly pageIds: (page: number) => number;
  /** Per page, per MCID, the element holding it: the parent tree. */
  readonly owners: Map<number, number[]>;
};

/**
 * The element's text as written, when all its content is text given so: a reader takes
 * `/ActualText` instead of the drawn lines, which are broken, hyphenated ("Verkosto-" /
 * "tapaaminen") or shortened with "…" (14.9.4). Pieces are read as separate lines.
 */
function actualText(element: StructElement): string | undefined {
  const texts = element.kids.map((kid) => (isElement(kid) ? undefined : kid.text));
  if (texts.length === 0 || texts.some((text) => text === undefined)) return undefined;
  return texts.join('\n');
}

function writeElement(element: StructElement, parent: number, context: Context): void {
  const id = context.ids.get(element)!;
  // Marked content on the element's page (/Pg, the page of its first) is a bare MCID; on another
  // page a marked-content reference: most elements lie on one page, and this keeps them short.
  const first = element.kids.find((kid): kid is MarkedContent => !isElement(kid));
  const kids = element.kids.map((kid) => {
    if (isElement(kid)) return `${context.ids.get(kid)} 0 R`;
    const owners = context.owners.get(kid.page) ?? [];
    owners[kid.mcid] = id;
    context.owners.set(kid.page, owners);
    if (kid.page === first?.page) return String(kid.mcid);
    return `<</Type /MCR /Pg ${context.pageIds(kid.page)} 0 R /MCID ${kid.mcid}>>`;
  });
  const entries = [
    `/S /${element.role}`,
    `/P ${parent} 0 R`,
    first ? `/Pg ${context.pageIds(first.page)} 0 R` : '',
    kids.length > 0 ? `/K [${kids.join(' ')}]` : '',
    element.attributes ? `/A ${element.attributes}` : '',
    element.alt === undefined ? '' : `/Alt ${pdfTextString(element.alt)}`,
  ];
  const text = actualText(element);
  if (text !== undefined) entries.push(`/ActualText ${pdfTextString(text)}`);
  context.writer.write(id, `<<${entries.filter((entry) => entry !== '').join(' ')}>>`);
  for (const kid of element.kids) if (isElement(kid)) writeElement(kid, id, context);
}

/**
 * Writes the structure tree root, every element and the parent tree (which element owns each
 * MCID of each page, keyed by the page's `/StructParents`, which is its index from 0). Returns
 * the root's object number for the catalog.
 */
export function writeStructureTree(
  root: StructElement,
  pageCount: number,
  pageIds: (page: number) => number,
  writer: ObjectWriter,
): number {
  const treeId = writer.reserve();
  const ids = new Map<StructElement, number>();
  reserveAll(root, writer, ids);
  const owners = new Map<number, number[]>();
  writeElement(root, treeId, { writer, ids, pageIds, owners });
  const nums: string[] = [];
  for (let page = 1; page <= pageCount; page++) {
    const refs = Array.from(owners.get(page) ?? [], (owner) => `${owner} 0 R`);
    nums.push(`${page - 1} [${refs.join(' ')}]`);
  }
  const parentTreeId = writer.reserve();
  writer.write(parentTreeId, `<</Nums [${nums.join(' ')}]>>`);
  writer.write(
    treeId,
    `<</Type /StructTreeRoot /K [${ids.get(root)} 0 R] /ParentTree ${parentTreeId} 0 R /ParentTreeNextKey ${pageCount}>>`,
  );
  return treeId;
}
