import { useRef } from 'react';
import { useT } from '../i18n/index.ts';

const ACCEPT = 'image/jpeg,image/png';

/**
 * Choosing the photos: the camera on a phone (one shot), or files (several at once: a tiled
 * poster's sheets, a large wall in parts). Both are buttons over hidden inputs, so each has a
 * label in the person's language, whatever the browser's own file control says.
 */
export function PhotoPick({ onPhotos, problems }: { onPhotos: (files: File[]) => void; problems: readonly string[] }) {
  const t = useT();
  const camera = useRef<HTMLInputElement>(null);
  const files = useRef<HTMLInputElement>(null);
  const chosen = (input: HTMLInputElement) => {
    const picked = [...(input.files ?? [])];
    input.value = '';
    if (picked.length > 0) onPhotos(picked);
  };
  return (
    <div className="photo-pick">
      <p>{t('photo.intro')}</p>
      {problems.length > 0 && (
        <ul className="photo-pick__problems" role="alert">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <div className="photo-pick__buttons">
        <button type="button" className="button--primary" data-photo-camera onClick={() => camera.current?.click()}>
          {t('photo.camera')}
        </button>
        <button type="button" data-photo-files onClick={() => files.current?.click()}>
          {t('photo.files')}
        </button>
      </div>
      <p className="photo-pick__privacy">{t('photo.privacy')}</p>
      <input
        ref={camera}
        type="file"
        accept={ACCEPT}
        capture="environment"
        hidden
        onChange={(event) => chosen(event.currentTarget)}
      />
      <input
        ref={files}
        type="file"
        accept={ACCEPT}
        multiple
        hidden
        data-photo-input
        onChange={(event) => chosen(event.currentTarget)}
      />
    </div>
  );
}
