import type { Language } from '@avaa/board-model';
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { imageFormat, type PrintChoice, requestFor } from '../printChoice.ts';
import { renderBoardImage } from '../renderImage.ts';
import { renderBoardPdf } from '../renderPdf.ts';

export type Preview = { state: 'rendering' } | { state: 'failed' } | { state: 'ready'; blob: Blob; url: string };

export type PreviewSource = {
  readonly doc: Y.Doc;
  /** The workshop document: the agreements, the rounds. */
  readonly workshopDoc: Y.Doc;
  readonly choice: PrintChoice;
  /** The language printed: headings, labels, dates. */
  readonly language: Language;
  readonly url: string;
  /** The date printed. */
  readonly date: string;
};

/** Re-renders shortly after a document changes, so the preview follows the live table and register. */
function useDocVersion(doc: Y.Doc): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdate = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setVersion((v) => v + 1), 800);
    };
    doc.on('update', onUpdate);
    return () => {
      clearTimeout(timer);
      doc.off('update', onUpdate);
    };
  }, [doc]);
  return version;
}

/**
 * The chosen PDF (or the table as an image) made in the browser from the live documents, as a blob URL that lives as long
 * as the preview shows it; made again after the documents change.
 */
export function usePdfPreview({ doc, workshopDoc, choice, language, url, date }: PreviewSource): Preview {
  const version = useDocVersion(doc) + useDocVersion(workshopDoc);
  const [preview, setPreview] = useState<Preview>({ state: 'rendering' });
  useEffect(() => {
    void version;
    let cancelled = false;
    let objectUrl: string | null = null;
    setPreview({ state: 'rendering' });
    // Let the "rendering" state paint before the (synchronous) renderer runs.
    const timer = setTimeout(() => {
      const format = imageFormat(choice);
      const rendered = format
        ? renderBoardImage(doc, workshopDoc, { format, paths: choice.tablePaths, sharp: choice.sharp }, date, language)
        : renderBoardPdf(doc, workshopDoc, requestFor(choice, url), date, language);
      rendered.then(
        (blob) => {
          if (cancelled) return;
          if (!blob) return setPreview({ state: 'failed' });
          objectUrl = URL.createObjectURL(blob);
          setPreview({ state: 'ready', blob, url: objectUrl });
        },
        () => {
          if (!cancelled) setPreview({ state: 'failed' });
        },
      );
    }, 50);
    return () => {
      cancelled = true;
      clearTimeout(timer);
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [doc, workshopDoc, choice, language, url, date, version]);
  return preview;
}

/**
 * Whether the page's Content Security Policy refused to frame a blob: URL (the server's policy
 * has no `frame-src blob:`): then the preview says so and offers the PDF in a new tab instead.
 */
export function useFrameBlocked(): boolean {
  const [blocked, setBlocked] = useState(false);
  useEffect(() => {
    const onViolation = (event: SecurityPolicyViolationEvent) => {
      if (event.blockedURI.startsWith('blob') && /frame-src|child-src|default-src/.test(event.effectiveDirective)) {
        setBlocked(true);
      }
    };
    document.addEventListener('securitypolicyviolation', onViolation);
    return () => document.removeEventListener('securitypolicyviolation', onViolation);
  }, []);
  return blocked;
}
