import type * as Y from 'yjs';
import type { Language } from '../template.ts';
import { settingsMap, WORKSHOP_SCHEMA_VERSION, workshopMetaMap } from './schema.ts';

/** Written once by the server when it creates a workshop; clients never seed. */
export function seedWorkshop(doc: Y.Doc, seed: { title: string; language: Language; createdAt: number }): void {
  doc.transact(() => {
    const meta = workshopMetaMap(doc);
    meta.set('schemaVersion', WORKSHOP_SCHEMA_VERSION);
    meta.set('kind', 'workshop');
    meta.set('title', seed.title);
    meta.set('language', seed.language);
    meta.set('createdAt', seed.createdAt);
    const settings = settingsMap(doc);
    settings.set('joiningOpen', true);
    settings.set('presenting', null);
  });
}
