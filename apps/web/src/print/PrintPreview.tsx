import type { Language } from '@avaa/board-model';
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { usePrintT } from '../i18n/print/index.ts';
import { type PrintChoice, pdfFileName, requestFor, today } from './printChoice.ts';
import { renderBoardPdf, saveBlob } from './renderPdf.ts';

type Props = {
  doc: Y.Doc;
  /** The workshop document: the agreements, the rounds. */
  workshopDoc: Y.Doc;
  choice: PrintChoice;
  /** The language printed: headings, labels, dates. */
  language: Language;
  title: string;
  boardName: string;
  url: string;
};
type Preview = { state: 'rendering' } | { state: 'failed' } | { state: 'ready'; blob: Blob; url: string };

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
 * Whether the page's Content Security Policy refused to frame a blob: URL (the server's policy
 * has no `frame-src blob:`): then the preview says so and offers the PDF in a new tab instead.
 */
function useFrameBlocked(): boolean {
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

/** The chosen PDF made in the browser from the live document, shown from a blob URL. */
export function PrintPreview({ doc, workshopDoc, choice, language, title, boardName, url }: Props) {
  const t = usePrintT();
  const version = useDocVersion(doc) + useDocVersion(workshopDoc);
  const blocked = useFrameBlocked();
  const [preview, setPreview] = useState<Preview>({ state: 'rendering' });
  const date = today();
  useEffect(() => {
    void version;
    let cancelled = false;
    let objectUrl: string | null = null;
    setPreview({ state: 'rendering' });
    // Let the "rendering" state paint before the (synchronous) renderer runs.
    const timer = setTimeout(() => {
      renderBoardPdf(doc, workshopDoc, requestFor(choice, url), date, language).then(
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

  const fileName = pdfFileName(title, date, boardName, choice);
  return (
    <section
      className="print-preview"
      aria-labelledby="print-preview-heading"
      aria-busy={preview.state === 'rendering'}
    >
      <h3 id="print-preview-heading">{t('print.preview')}</h3>
      <div className="print-preview__frame">
        {preview.state === 'ready' ? (
          <>
            <iframe
              src={`${preview.url}#view=Fit`}
              title={t('print.previewTitle', { name: fileName })}
              hidden={blocked}
            />
            {blocked && (
              <p className="print-preview__blocked">
                {t('print.previewBlocked')}
                <a href={preview.url} target="_blank" rel="noopener">
                  {t('print.openPreview')}
                </a>
              </p>
            )}
          </>
        ) : (
          <p role="status" className={preview.state === 'failed' ? 'print-preview__error' : undefined}>
            {preview.state === 'failed' ? t('print.failed') : t('print.rendering')}
          </p>
        )}
      </div>
      <div className="print-preview__actions">
        <button
          type="button"
          className="button--primary"
          disabled={preview.state !== 'ready'}
          onClick={() => preview.state === 'ready' && saveBlob(preview.blob, fileName)}
        >
          {t('print.download')}
        </button>
        {preview.state === 'ready' && !blocked && (
          <a href={preview.url} target="_blank" rel="noopener">
            {t('print.openPreview')}
          </a>
        )}
      </div>
    </section>
  );
}
