import { type ExportedBoard, type ExportedImage, referencedImages, type WorkshopExport } from '@avaa/board-model';
import type { ImageId } from '@avaa/protocol';
import type * as Y from 'yjs';
import { encodeNoteImage } from '../images/encodeImage.ts';
import type { StoredImageBytes } from '../storage/images.ts';

/** A board's stored images as the export job takes them: `plenary` or a group's number. */
export type BoardImages = readonly (readonly [board: 'plenary' | number, images: readonly StoredImageOf[]])[];
export type StoredImageOf = StoredImageBytes & { readonly id: ImageId };

/**
 * The JSON export's images: each board gets the images its notes (live or deleted, not yet
 * erased) refer to, as base64 (`images`, board-model imagesExchange.ts). Boards with none are
 * written as before.
 */
export function withImages(
  data: WorkshopExport,
  docs: ReadonlyMap<'plenary' | number, Y.Doc>,
  images: BoardImages,
): WorkshopExport {
  const plenary = withBoardImages(data.boards.plenary, docs.get('plenary'), imagesOf(images, 'plenary'));
  const groups: Record<string, ExportedBoard> = {};
  for (const [key, board] of Object.entries(data.boards.groups)) {
    const number = Number(key);
    groups[key] = withBoardImages(board, docs.get(number), imagesOf(images, number));
  }
  return { ...data, boards: { plenary, groups } };
}

function imagesOf(images: BoardImages, board: 'plenary' | number): readonly StoredImageOf[] {
  return images.find(([key]) => key === board)?.[1] ?? [];
}

function withBoardImages(
  board: ExportedBoard,
  doc: Y.Doc | undefined,
  images: readonly StoredImageOf[],
): ExportedBoard {
  const referenced: ReadonlySet<string> = doc ? referencedImages(doc) : new Set();
  const exported: ExportedImage[] = images
    .filter((image) => referenced.has(image.id))
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map(({ id, type, width, height, bytes }) => ({
      id,
      type,
      width,
      height,
      data: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
    }));
  // A note whose image's bytes are gone (erased meanwhile) is exported without it.
  const kept = new Set(exported.map((image) => image.id));
  const notes = board.notes.map((note) => {
    if (!note.image || kept.has(note.image.id)) return note;
    const { image: _gone, ...rest } = note;
    return rest;
  });
  return exported.length > 0 ? { ...board, notes, images: exported } : { ...board, notes };
}

/** An imported image, re-encoded as an upload, for storing with the new workshop's board. */
export type ImportedImage = StoredImageOf & { readonly board: 'plenary' | number };

/**
 * Every image of a validated import decoded and re-encoded as an upload is (images/encodeImage.ts:
 * by its bytes, no metadata, bounded): the new bytes have a new id, which the notes then name. An
 * image that does not decode is an invalid export (its path is returned).
 */
export async function reencodeImports(
  data: WorkshopExport,
): Promise<{ readonly data: WorkshopExport; readonly images: ImportedImage[] } | { readonly invalid: string }> {
  const images: ImportedImage[] = [];
  const boards: [key: 'plenary' | number, board: ExportedBoard, path: string][] = [
    ['plenary', data.boards.plenary, 'boards.plenary'],
    ...Object.entries(data.boards.groups).map(
      ([key, board]) => [Number(key), board, `boards.groups.${key}`] as [number, ExportedBoard, string],
    ),
  ];
  const rewritten = new Map<'plenary' | number, ExportedBoard>();
  for (const [key, board, path] of boards) {
    const ids = new Map<string, ImageId>();
    const listed: ExportedImage[] = [];
    for (const [index, image] of (board.images ?? []).entries()) {
      const encoded = await encodeNoteImage(Buffer.from(image.data, 'base64'));
      if (!encoded.ok) return { invalid: `${path}.images[${index}].data` };
      const { id, type, width, height } = encoded.image;
      ids.set(image.id, id);
      if (!listed.some((entry) => entry.id === id)) {
        listed.push({ id, type, width, height, data: '' });
        images.push({ ...encoded.image, board: key });
      }
    }
    const notes = board.notes.map((note) => {
      const id = note.image ? ids.get(note.image.id) : undefined;
      return note.image && id ? { ...note, image: { ...note.image, id } } : note;
    });
    rewritten.set(key, { ...board, notes, ...(listed.length > 0 ? { images: listed } : {}) });
  }
  const groups: Record<string, ExportedBoard> = {};
  for (const key of Object.keys(data.boards.groups))
    groups[key] = rewritten.get(Number(key)) ?? data.boards.groups[key]!;
  return { data: { ...data, boards: { plenary: rewritten.get('plenary') ?? data.boards.plenary, groups } }, images };
}
