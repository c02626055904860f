import type { Language } from '@avaa/board-model';
import type { jsPDF } from 'jspdf';
import { rootElement, type StructElement, writeStructureTree } from './structureTree.ts';

/**
 * Tagged PDF on jsPDF. jsPDF writes no structure of its own, but it lets a caller write
 * content-stream operators and hooks the moments it writes pages, objects and the catalog. So
 * each drawn piece is wrapped in marked content (`/P <</MCID 3>> BDC ... EMC`), decoration in
 * `/Artifact BMC ... EMC`, and at output the structure tree, the parent tree, `/StructParents`
 * on each page, `/MarkInfo`, `/Lang` and `/DisplayDocTitle` are written into the same file.
 */

/** The parts of jsPDF's `internal` this module uses; its type declarations leave them out. */
type Internals = {
  readonly write: (...parts: string[]) => void;
  readonly newObjectDeferred: () => number;
  readonly newObjectDeferredBegin: (id: number, output: boolean) => number;
  readonly events: { readonly subscribe: (topic: string, callback: (event: PageEvent) => void) => string };
};
type PageEvent = { readonly pageNumber: number };

/** The document language as BCP 47: Swedish here is Finland's Swedish. */
const LANGUAGE_TAGS: Readonly<Record<Language, string>> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en' };

type Tagging = {
  readonly root: StructElement;
  /** The next MCID of each page (1-based page numbers). */
  readonly nextMcid: Map<number, number>;
};

const taggings = new WeakMap<jsPDF, Tagging>();

function internals(doc: jsPDF): Internals {
  return doc.internal as unknown as Internals;
}

/** Writes the structure when jsPDF writes the file: after the pages (their object numbers are known). */
function subscribeOutput(doc: jsPDF, tagging: Tagging, language: Language): void {
  const pdf = internals(doc);
  let treeId = 0;
  pdf.events.subscribe('putPage', ({ pageNumber }) => {
    pdf.write(`/StructParents ${pageNumber - 1} /Tabs /S`);
  });
  pdf.events.subscribe('postPutResources', () => {
    treeId = writeStructureTree(tagging.root, doc.getNumberOfPages(), (page) => doc.getPageInfo(page).objId, {
      reserve: () => pdf.newObjectDeferred(),
      write: (id, body) => {
        pdf.newObjectDeferredBegin(id, true);
        pdf.write(body);
        pdf.write('endobj');
      },
    });
  });
  pdf.events.subscribe('putCatalog', () => {
    pdf.write(`/StructTreeRoot ${treeId} 0 R`);
    pdf.write('/MarkInfo <</Marked true>>');
    pdf.write(`/Lang (${LANGUAGE_TAGS[language]})`);
    pdf.write('/ViewerPreferences <</DisplayDocTitle true>>');
  });
}

/** jsPDF's own, undeclared: the version in the file's header. */
type Private = { readonly __private__: { readonly setPdfVersion: (version: string) => void } };

/** Makes `doc` a tagged PDF in `language`; returns the `Document` element the renderer builds under. */
export function startTagging(doc: jsPDF, language: Language): StructElement {
  const tagging: Tagging = { root: rootElement(), nextMcid: new Map() };
  taggings.set(doc, tagging);
  // jsPDF says 1.3; `/MarkInfo`, `/Lang` and `/DisplayDocTitle` came with 1.4, and PDF/UA builds on 1.7.
  (doc as unknown as Private).__private__.setPdfVersion('1.7');
  subscribeOutput(doc, tagging, language);
  return tagging.root;
}

/** The document's root element (`Document`). */
export function documentElement(doc: jsPDF): StructElement {
  const tagging = taggings.get(doc);
  if (!tagging) throw new Error('document is not tagged: create it with createDocument');
  return tagging.root;
}

/**
 * Draws as content of `element` on the current page; `text` is what it shows as written (see
 * `actualText` in structureTree.ts). Without an element what is drawn is an artifact: a repeat
 * (headers on later pages, a note's copy in a poster's overlap) or decoration.
 */
export function tagged(doc: jsPDF, element: StructElement | undefined, draw: () => void, text?: string): void {
  if (!element) {
    artifact(doc, draw);
    return;
  }
  const tagging = taggings.get(doc);
  if (!tagging) throw new Error('document is not tagged: create it with createDocument');
  const page = doc.getCurrentPageInfo().pageNumber;
  const mcid = tagging.nextMcid.get(page) ?? 0;
  tagging.nextMcid.set(page, mcid + 1);
  const pdf = internals(doc);
  pdf.write(`/${element.role} <</MCID ${mcid}>> BDC`);
  draw();
  pdf.write('EMC');
  element.kids.push(text === undefined ? { page, mcid } : { page, mcid, text });
}

/** Draws decoration (rules, fills, frames, cut marks) or page furniture that assistive technology skips. */
export function artifact(doc: jsPDF, draw: () => void): void {
  const pdf = internals(doc);
  pdf.write('/Artifact BMC');
  draw();
  pdf.write('EMC');
}
