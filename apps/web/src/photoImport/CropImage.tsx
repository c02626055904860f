import type { ImageId } from '@avaa/protocol';
import { useEffect, useState } from 'react';
import { useBoard } from '../board/BoardContext.ts';
import { imageUrl } from '../noteImages/imageUrls.ts';
import { useOptionalWorkshop } from '../workshop/WorkshopContext.ts';

/** A paper note's crop, as stored for the board (fetched with the board's token, as a note's image is). */
export function CropImage({ crop, alt, large = false }: { crop: ImageId; alt: string; large?: boolean }) {
  const url = useCropUrl(crop);
  const className = large ? 'photo-crop photo-crop--large' : 'photo-crop';
  return url ? (
    <img className={className} src={url} alt={alt} />
  ) : (
    <span className={`${className} photo-crop--loading`} role="img" aria-label={alt} />
  );
}

function useCropUrl(crop: ImageId): string | null {
  const { board } = useBoard();
  const workshop = useOptionalWorkshop();
  const [url, setUrl] = useState<string | null>(null);
  const workshopId = workshop?.workshopId;
  const token = workshop?.token;
  useEffect(() => {
    if (!workshopId || !token) return;
    let current = true;
    void imageUrl({ workshop: workshopId, board, token }, crop).then((loaded) => {
      if (current) setUrl(loaded);
    });
    return () => {
      current = false;
    };
  }, [crop, workshopId, token, board]);
  return url;
}
