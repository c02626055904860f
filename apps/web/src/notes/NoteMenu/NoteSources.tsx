import type { NoteView } from '@avaa/board-model';
import { useContext } from 'react';
import { GroupBadge } from '../../groups/GroupBadge.tsx';
import { useT } from '../../i18n/index.ts';
import { StacksContext } from '../../plenary/useStacks.ts';
import { sourcesOf } from '../provenance.ts';

/** In a merged note's menu: where it came from, "Ryhmä 2: <the group's text>", one line per source. */
export function NoteSources({ note }: { note: NoteView }) {
  const t = useT();
  const members = useContext(StacksContext).get(note.id);
  const sources = sourcesOf(note, members);
  if (sources.length === 0) return null;
  return (
    <section className="note-sources" aria-label={t('merge.sources')}>
      <p className="menu__heading">{t('merge.sources')}</p>
      <ul>
        {sources.map((source) => (
          <li key={`${source.group}:${source.note}`}>
            <GroupBadge group={source.group} size="small" />
            <span>{t('merge.source', { group: t('group.name', { number: source.group }), text: source.text })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
