import { useState } from 'react';
import { type DeviceWorkshop, listDeviceWorkshops } from '../access/deviceWorkshops.ts';
import { ForgetWorkshop } from '../access/ForgetWorkshop.tsx';
import { type Translate, useLanguage, useT } from '../i18n/index.ts';
import { LOCALES } from '../i18n/locales.ts';

/**
 * The start page's "workshops on this device": each with its role and when it was last opened
 * here, a way back in (the keys are in this browser) and "forget on this device" for shared
 * computers. Nothing is shown on a device that kept none.
 */
export function DeviceWorkshops() {
  const t = useT();
  const language = useLanguage();
  const [workshops, setWorkshops] = useState<DeviceWorkshop[]>(listDeviceWorkshops);
  if (workshops.length === 0) return null;
  const date = new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'numeric', year: 'numeric' });
  return (
    <section className="device-workshops" aria-labelledby="device-workshops-heading">
      <h2 id="device-workshops-heading">{t('access.list.heading')}</h2>
      <p className="device-workshops__kept">{t('access.list.kept')}</p>
      <ul className="device-workshops__list">
        {workshops.map((workshop) => {
          const title = workshop.title || t('access.list.untitled');
          return (
            <li key={workshop.id} className="device-workshop" data-workshop={workshop.id}>
              <div className="device-workshop__text">
                <strong className="device-workshop__title">{title}</strong>
                <span className="device-workshop__meta">
                  {roleText(t, workshop)} · {t('access.list.opened', { date: date.format(workshop.openedAt) })}
                </span>
              </div>
              <div className="device-workshop__actions">
                <a
                  className="button-link"
                  href={`/w/${workshop.id}`}
                  aria-label={t('access.list.openNamed', { title })}
                >
                  {t('access.list.open')}
                </a>
                <ForgetWorkshop
                  workshopId={workshop.id}
                  title={title}
                  holds={workshop.role}
                  onForgotten={() => setWorkshops(listDeviceWorkshops())}
                />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function roleText(t: Translate, workshop: DeviceWorkshop): string {
  if (workshop.role === 'facilitator') return t('access.role.facilitator');
  return workshop.personName
    ? t('access.role.participantNamed', { name: workshop.personName })
    : t('access.role.participant');
}
