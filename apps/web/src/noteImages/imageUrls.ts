import type { BoardRef, ImageId, WorkshopId } from '@avaa/protocol';
import { fetchImage } from '@avaa/workshop-client';

/**
 * Images on notes as object URLs for `<img>`: fetched once per page with the board's token in a
 * header (never in a URL a log or a Referer could keep), then kept. An image's id is its content's
 * hash, so a kept URL never shows a changed image.
 */
const urls = new Map<string, Promise<string | null>>();

export type ImageSource = { readonly workshop: WorkshopId; readonly board: BoardRef; readonly token: string };

export function imageUrl(source: ImageSource, id: ImageId): Promise<string | null> {
  const key = `${source.workshop}|${source.board.kind === 'plenary' ? 'plenary' : source.board.group}|${id}`;
  let url = urls.get(key);
  if (!url) {
    url = fetchImage({ base: '', ...source }, id).then((answer) => {
      // A failed fetch is asked again next time (offline now, back later).
      if (!answer.ok) urls.delete(key);
      return answer.ok ? URL.createObjectURL(answer.value) : null;
    });
    urls.set(key, url);
  }
  return url;
}
