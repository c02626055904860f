import { usePlural, useT } from '../i18n/index.ts';
import { PathBadge } from '../paths/PathBadge.tsx';
import type { SharedService } from './lanes.ts';
import './pathView.css';

/** "Palvelut, joihin moni polku nojaa": the notes two or more paths use, most used first. */
export function SharedServices({ services }: { services: readonly SharedService[] }) {
  const t = useT();
  const counted = usePlural();
  return (
    <section className="path-shared" aria-labelledby="path-shared-heading">
      <h2 className="path-shared__heading" id="path-shared-heading">
        {t('pathView.shared.heading')}
      </h2>
      {services.length === 0 ? (
        <p className="path-shared__none">{t('pathView.shared.none')}</p>
      ) : (
        <ul className="path-shared__list">
          {services.map((service) => (
            <li key={service.note}>
              <span className="path-shared__text">{service.text}</span>{' '}
              <span className="path-shared__paths">
                {service.lanes.map((lane) => (
                  <PathBadge key={lane.path.id} index={lane.index} colour={lane.path.colour} />
                ))}
                <span>
                  {counted('pathView.shared.paths', service.lanes.length, {
                    names: service.lanes.map((lane) => lane.path.name).join(', '),
                  })}
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
