import { useT } from '../../i18n/index.ts';
import type { Preview } from '../PrintPreview/usePdfPreview.ts';
import { saveBlob } from '../renderPdf.ts';
import './image.css';

/** The table as an image, shown whole in the preview's frame. */
export function ImageFrame({ url, fileName }: { url: string; fileName: string }) {
  const t = useT();
  return <img className="print-image" src={url} alt={t('image.alt', { name: fileName })} />;
}

/** Download the image once made, or open it in a new tab. */
export function ImageActions({
  preview,
  fileName,
  format,
}: {
  preview: Preview;
  fileName: string;
  format: 'png' | 'svg';
}) {
  const t = useT();
  return (
    <div className="print-preview__actions">
      <button
        type="button"
        className="button--primary"
        disabled={preview.state !== 'ready'}
        onClick={() => preview.state === 'ready' && saveBlob(preview.blob, fileName)}
      >
        {t(format === 'png' ? 'image.download.png' : 'image.download.svg')}
      </button>
      {preview.state === 'ready' && (
        <a href={preview.url} target="_blank" rel="noopener">
          {t('image.open')}
        </a>
      )}
    </div>
  );
}
