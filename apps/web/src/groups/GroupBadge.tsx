import type { CSSProperties } from 'react';
import { useT } from '../i18n/index.ts';
import { groupColour } from './groupColours.ts';
import './groups.css';

/**
 * A group's number on its colour: "2" in a coloured tag, named "Ryhmä 2" for screen readers.
 * `label` shows the name in words too ("Ryhmä 2"), for headers and lists.
 */
export function GroupBadge({
  group,
  label = false,
  size = 'normal',
}: {
  group: number;
  label?: boolean;
  size?: 'normal' | 'small';
}) {
  const t = useT();
  const name = t('group.name', { number: group });
  const style = { '--group': groupColour(group) } as CSSProperties;
  return (
    <span className={`group-badge group-badge--${size}`} style={style}>
      <span className="group-badge__number" aria-hidden="true">
        {group}
      </span>
      {label ? <span className="group-badge__label">{name}</span> : <span className="visually-hidden">{name}</span>}
    </span>
  );
}
