import { type DeletedPath, restorePath } from '@avaa/board-model';
import type * as Y from 'yjs';
import { usePlural, useT } from '../i18n/index.ts';
import { useDeletedAt } from './deletedAt.ts';

/** The deleted service paths in "Recently deleted", each restorable with its steps. */
export function DeletedPaths({ paths, doc }: { readonly paths: readonly DeletedPath[]; readonly doc: Y.Doc }) {
  const t = useT();
  if (paths.length === 0) return null;
  return (
    <>
      <h3 className="recently-deleted__subheading">{t('pathChanges.deletedPaths')}</h3>
      <ul className="recently-deleted__list">
        {paths.map((path) => (
          <DeletedPathItem key={path.id} path={path} doc={doc} />
        ))}
      </ul>
    </>
  );
}

function DeletedPathItem({ path, doc }: { readonly path: DeletedPath; readonly doc: Y.Doc }) {
  const t = useT();
  const counted = usePlural();
  const when = useDeletedAt(path.deletedAt);
  return (
    <li className="recently-deleted__note recently-deleted__path" data-deleted-path={path.id}>
      <p className="recently-deleted__text">{path.name}</p>
      <p className="recently-deleted__meta">
        {counted('pathChanges.steps', path.steps)} · {when}
      </p>
      <button
        type="button"
        aria-label={t('pathChanges.restoreNamed', { name: path.name })}
        onClick={() => restorePath(doc, path.id)}
      >
        {t('deleted.restore')}
      </button>
    </li>
  );
}
