import type * as Y from 'yjs';
import { type Find, finder, keyOf } from '../groupCopy/copyWrites.ts';
import { ContentDeleted, ContentString, ContentType, type DecodedUpdate, Item, knownClock } from '../yjsInternals.ts';
import { asNoteImage, NOTE_IMAGE_KEY, readStoredImage } from './noteImage.ts';

/**
 * Why the server drops an update: it writes a note image that is not an image stored for this
 * board (an id of another board's or workshop's image, a forged one, or not an image value at all).
 */
export type ImageWriteRefusal = 'unknown-image';

/**
 * Whether the update writes the key `image` of any map with anything but a well-formed note image
 * naming an image the board's `images` root lists. Asked of everyone's updates, the facilitator's
 * too. Typing (string content) is passed over without a look at its place. Throws on a malformed
 * update, as `Y.applyUpdate` would.
 */
export function checkImageWrites(doc: Y.Doc, update: DecodedUpdate): ImageWriteRefusal | undefined {
  let find: Find | undefined;
  for (const struct of update.structs) {
    if (!(struct instanceof Item) || struct.id.clock < knownClock(doc, struct.id.client)) continue;
    const values = mapValues(struct);
    if (values === undefined) continue;
    find ??= finder(doc, update.structs);
    if (keyOf(doc, struct, find) !== NOTE_IMAGE_KEY) continue;
    if (values === 'type') return 'unknown-image';
    for (const value of values) {
      const image = asNoteImage(value);
      if (!image || !readStoredImage(doc, image.id)) return 'unknown-image';
    }
  }
  return undefined;
}

/** What an item could set a map key to: JSON values, or a shared type; undefined for text and deletes. */
function mapValues(item: Item): unknown[] | 'type' | undefined {
  if (item.content instanceof ContentType) return 'type';
  // ContentAny (values), ContentJSON (old clients), ContentBinary, ContentEmbed, ContentFormat,
  // ContentDoc could all stand under a key; typed text and deleted ranges cannot be an image.
  if (item.content instanceof ContentString || item.content instanceof ContentDeleted) return undefined;
  return item.content.getContent();
}
