import type { PhotoNote } from '@avaa/protocol';
import { useState } from 'react';
import { WideDialog } from '../app/WideDialog.tsx';
import { useBoard } from '../board/BoardContext.ts';
import { useT } from '../i18n/index.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { PhotoPick } from './PhotoPick.tsx';
import { ReviewStage } from './ReviewStage.tsx';
import { readPhotos } from './readPhotos.ts';
import './photoImport.css';

type Stage =
  | { readonly kind: 'pick'; readonly problems: readonly string[] }
  | { readonly kind: 'reading'; readonly number: number; readonly count: number }
  | {
      readonly kind: 'review';
      readonly found: readonly PhotoNote[];
      readonly at: number;
      /** The photos of several that gave nothing, and why. */
      readonly problems: readonly string[];
      /** Paper notes a later photo showed again (shown once). */
      readonly repeated: number;
    };

/**
 * "Photograph paper table": a modal `<dialog>` (focus stays inside, Escape closes) that takes
 * photos, shows progress while the server reads them, then the review; the opener takes focus
 * back on close.
 */
export function PhotoDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const [stage, setStage] = useState<Stage>({ kind: 'pick', problems: [] });
  const read = useReadPhotos(setStage);
  return (
    <WideDialog
      className="photo-dialog"
      headingId="photo-heading"
      heading={t('photo.open')}
      closeLabel={t('photo.close')}
      onClose={onClose}
    >
      <div className="photo-dialog__body">
        {stage.kind === 'pick' && <PhotoPick onPhotos={read} problems={stage.problems} />}
        {stage.kind === 'reading' && <Reading number={stage.number} count={stage.count} />}
        {stage.kind === 'review' && <Problems problems={stage.problems} />}
        {stage.kind === 'review' && stage.repeated > 0 && (
          <p role="status">{t('photo.repeated', { count: stage.repeated })}</p>
        )}
        {stage.kind === 'review' && <ReviewStage found={stage.found} at={stage.at} onDone={onClose} />}
      </div>
    </WideDialog>
  );
}

/** Why some photos gave no notes, over the review of the others'. */
function Problems({ problems }: { problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <ul className="photo-pick__problems" role="alert">
      {problems.map((problem) => (
        <li key={problem}>{problem}</li>
      ))}
    </ul>
  );
}

function Reading({ number, count }: { number: number; count: number }) {
  const t = useT();
  return (
    <div className="photo-reading" role="status">
      <p>{t('photo.reading', { number, count })}</p>
      {/* Indeterminate: the server answers a photo at once, with nothing to count meanwhile. */}
      <progress aria-label={t('photo.reading', { number, count })} />
      <p className="photo-reading__help">{t('photo.readingHelp')}</p>
    </div>
  );
}

/** Sends the chosen photos and moves on to the review, or back to choosing with why nothing was found. */
function useReadPhotos(setStage: (stage: Stage) => void) {
  const t = useT();
  const { board } = useBoard();
  const { workshopId, token } = useWorkshop();
  return async (files: File[]) => {
    const at = Date.now();
    const count = files.length;
    setStage({ kind: 'reading', number: 1, count });
    const target = { base: '', workshop: workshopId, board, token };
    const read = await readPhotos(target, files, t, (number) => setStage({ kind: 'reading', number, count }));
    const { notes: found, problems, repeated } = read;
    if (found.length > 0) return setStage({ kind: 'review', found, at, problems, repeated });
    setStage({ kind: 'pick', problems: read.problems.length > 0 ? read.problems : [t('photo.noNotes')] });
  };
}
