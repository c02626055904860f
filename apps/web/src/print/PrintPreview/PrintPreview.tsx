import { useT } from '../../i18n/index.ts';
import { usePrintT } from '../../i18n/print/index.ts';
import { ImageActions, ImageFrame } from '../image/ImagePreview.tsx';
import { imageFormat, pdfFileName, today } from '../printChoice.ts';
import { saveBlob } from '../renderPdf.ts';
import { type Preview, type PreviewSource, useFrameBlocked, usePdfPreview } from './usePdfPreview.ts';

type Props = Omit<PreviewSource, 'date'> & {
  title: string;
  boardName: string;
};

/** The chosen PDF made in the browser from the live document, shown from a blob URL. */
export function PrintPreview({ title, boardName, ...source }: Props) {
  const t = usePrintT();
  const date = today();
  const preview = usePdfPreview({ ...source, date });
  const blocked = useFrameBlocked();
  const fileName = pdfFileName(title, date, boardName, source.choice);
  const format = imageFormat(source.choice);
  return (
    <section
      className="print-preview"
      aria-labelledby="print-preview-heading"
      aria-busy={preview.state === 'rendering'}
    >
      <h3 id="print-preview-heading">{t('print.preview')}</h3>
      <div className="print-preview__frame">
        {preview.state === 'ready' ? (
          format ? (
            <ImageFrame url={preview.url} fileName={fileName} />
          ) : (
            <PreviewFrame url={preview.url} fileName={fileName} blocked={blocked} />
          )
        ) : (
          <Status preview={preview} image={format !== null} />
        )}
      </div>
      {format ? (
        <ImageActions preview={preview} fileName={fileName} format={format} />
      ) : (
        <PreviewActions preview={preview} fileName={fileName} blocked={blocked} />
      )}
    </section>
  );
}

function Status({ preview, image }: { preview: Preview; image: boolean }) {
  const t = usePrintT();
  const tImage = useT();
  const failed = image ? tImage('image.failed') : t('print.failed');
  return (
    <p role="status" className={preview.state === 'failed' ? 'print-preview__error' : undefined}>
      {preview.state === 'failed' ? failed : t('print.rendering')}
    </p>
  );
}

/** The PDF framed; where the page's policy refuses that, a way to open it in a new tab instead. */
function PreviewFrame({ url, fileName, blocked }: { url: string; fileName: string; blocked: boolean }) {
  const t = usePrintT();
  return (
    <>
      <iframe src={`${url}#view=Fit`} title={t('print.previewTitle', { name: fileName })} hidden={blocked} />
      {blocked && (
        <p className="print-preview__blocked">
          {t('print.previewBlocked')}
          <a href={url} target="_blank" rel="noopener">
            {t('print.openPreview')}
          </a>
        </p>
      )}
    </>
  );
}

/** Download the PDF once made, or open it in a new tab. */
function PreviewActions({ preview, fileName, blocked }: { preview: Preview; fileName: string; blocked: boolean }) {
  const t = usePrintT();
  return (
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
  );
}
