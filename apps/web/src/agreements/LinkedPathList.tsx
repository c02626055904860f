import {
  type AgreementView,
  linkPathToAgreement,
  type PathId,
  type Result,
  unlinkPathFromAgreement,
} from '@avaa/board-model';
import { useId, useState } from 'react';
import type * as Y from 'yjs';
import { useT } from '../i18n/index.ts';
import type { LinkedPaths } from './linkedPaths.ts';

/** What the facilitator needs to link and unlink: the two documents and the page's live region. */
export type PathLinking = {
  readonly workshopDoc: Y.Doc;
  readonly tableDoc: Y.Doc;
  readonly announce: (message: string) => void;
};

/**
 * The service paths an item is about (question 6: must the service path descriptions change?),
 * named as they are now on the common table; a deleted one says so. With `linking` (the
 * facilitator), each can be unlinked, and on question 6's items a live path of the table linked.
 */
export function LinkedPathList({
  item,
  paths,
  linking,
}: {
  item: AgreementView;
  paths: LinkedPaths;
  linking?: PathLinking | undefined;
}) {
  const t = useT();
  const ids = item.paths;
  const name = (id: PathId) => paths[id]?.name ?? '';
  if (ids.length === 0 && !(linking && item.section === 'other-material')) return null;
  const unlink = (id: PathId) => {
    if (!linking) return;
    const done = unlinkPathFromAgreement(linking.workshopDoc, item.id, id);
    linking.announce(done.ok ? t('pathChanges.unlinked', { name: name(id) }) : t(`error.${done.error}`));
  };
  return (
    <div className="linked-notes linked-paths">
      {ids.length > 0 && <p className="linked-notes__label">{t('pathChanges.aboutPaths')}</p>}
      {ids.length > 0 && (
        <ul>
          {ids.map((id) => (
            <li key={id}>
              {paths[id]?.live ? (
                <q>{name(id)}</q>
              ) : (
                <span className="linked-notes__gone">{t('pathChanges.pathGone')}</span>
              )}
              {linking && (
                <button
                  type="button"
                  className="button--quiet linked-paths__unlink"
                  aria-label={t('pathChanges.unlinkNamed', {
                    name: paths[id]?.live ? name(id) : t('pathChanges.pathGone'),
                  })}
                  onClick={() => unlink(id)}
                >
                  {t('pathChanges.unlink')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {/* Question 6 asks about the service path descriptions: its items offer the link. */}
      {linking && item.section === 'other-material' && <LinkPath item={item} paths={paths} linking={linking} />}
    </div>
  );
}

/** Choose a live path of the common table not linked yet, then link it. Nothing when none is left. */
function LinkPath({ item, paths, linking }: { item: AgreementView; paths: LinkedPaths; linking: PathLinking }) {
  const t = useT();
  const id = useId();
  const linked = new Set<string>(item.paths);
  const choices = (Object.entries(paths) as [PathId, LinkedPaths[PathId]][]).filter(
    ([path, value]) => value.live && !linked.has(path),
  );
  const [chosen, setChosen] = useState<PathId | ''>('');
  if (choices.length === 0) return null;
  const selected = choices.some(([path]) => path === chosen) ? (chosen as PathId) : (choices[0]?.[0] as PathId);
  const link = () => {
    const done: Result = linkPathToAgreement(linking.workshopDoc, linking.tableDoc, item.id, selected);
    linking.announce(
      done.ok ? t('pathChanges.linkedPath', { name: paths[selected]?.name ?? '' }) : t(`error.${done.error}`),
    );
  };
  return (
    <div className="linked-paths__link">
      <label htmlFor={id}>{t('pathChanges.linkLabel')}</label>
      <select id={id} value={selected} onChange={(event) => setChosen(event.target.value as PathId)}>
        {choices.map(([path, value]) => (
          <option key={path} value={path}>
            {value.name}
          </option>
        ))}
      </select>
      <button type="button" onClick={link}>
        {t('pathChanges.link')}
      </button>
    </div>
  );
}
