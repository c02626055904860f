import type { Peer } from '@avaa/workshop-client';
import type { Awareness } from 'y-protocols/awareness';
import { useT } from '../i18n/index.ts';
import './presence.css';
import { initials } from './initials.ts';
import { usePeers } from './usePeers.ts';

const SHOWN = 5;

/** The room's people, read here so that presence changes re-render this list, not the board. */
export function LivePresenceList({
  awareness,
  ...self
}: {
  awareness: Awareness;
  selfName: string;
  selfColour: string;
}) {
  return <PresenceList peers={usePeers(awareness)} {...self} />;
}

/** Who is here: a coloured initial per person with the full name for screen readers and hover. */
export function PresenceList({
  peers,
  selfName,
  selfColour,
}: {
  peers: readonly Peer[];
  selfName: string;
  selfColour: string;
}) {
  const t = useT();
  const people = [
    { clientId: -1, name: selfName, label: t('presence.you', { name: selfName }), colour: selfColour },
  ].concat(
    peers.map((peer) => ({
      clientId: peer.clientId,
      name: peer.user.name,
      label: peer.user.name,
      colour: peer.user.colour,
    })),
  );
  const hidden = people.length - SHOWN;
  return (
    <section className="presence" aria-label={t('presence.label')}>
      <ul className="presence__list">
        {people.slice(0, SHOWN).map((person) => (
          <li key={person.clientId} className="presence__person" title={person.label}>
            <span className="presence__avatar" style={{ background: person.colour }} aria-hidden="true">
              {initials(person.name)}
            </span>
            <span className="visually-hidden">{person.label}</span>
          </li>
        ))}
        {hidden > 0 && (
          <li
            className="presence__more"
            title={people
              .slice(SHOWN)
              .map((person) => person.name)
              .join(', ')}
          >
            +{hidden}
            <span className="visually-hidden">
              :{' '}
              {people
                .slice(SHOWN)
                .map((person) => person.name)
                .join(', ')}
            </span>
          </li>
        )}
      </ul>
      <span className="presence__count">{t('presence.count', { count: people.length })}</span>
    </section>
  );
}
