import { AGREEMENT_SECTIONS, type AgreementSection, type AgreementView } from '@avaa/board-model';
import { formatDate } from '../agreements/dates.ts';
import { inSection, useAgreements } from '../agreements/registerData.ts';
import { StatusBadge } from '../agreements/StatusBadge.tsx';
import { useLanguage, useT } from '../i18n/index.ts';
import { ProjectorFrame, type ScreenProps } from './ProjectorFrame.tsx';
import './projectorScreens.css';
import { useNotesThatFit } from './useNotesThatFit.ts';
import '../agreements/agreements.css';

/**
 * The agreements register, live and read-only, while the room agrees: the method's six
 * questions side by side, each with what has been written under it, in large type. A section
 * too full for its box says "+N more" (the facilitator's own screen has all of it).
 */
export function ProjectorAgreements({ workshop, title, people, status }: ScreenProps) {
  const t = useT();
  const items = useAgreements(workshop.doc);
  return (
    <ProjectorFrame
      title={t('agreements.heading')}
      subtitle={title}
      status={status}
      workshopDoc={workshop.doc}
      people={people}
    >
      <main className="projector-agreements">
        {AGREEMENT_SECTIONS.map((section, index) => (
          <Section key={section.id} section={section} number={index + 1} items={inSection(items, section.id)} />
        ))}
      </main>
    </ProjectorFrame>
  );
}

function Section({
  section,
  number,
  items,
}: {
  section: AgreementSection;
  number: number;
  items: readonly AgreementView[];
}) {
  const t = useT();
  const language = useLanguage();
  const fit = useNotesThatFit(
    `${language}|${items.map((item) => `${item.id}:${item.key}:${item.text}:${item.owner}:${item.due}:${item.status}`).join(',')}`,
  );
  return (
    <section className="projector-agreements__section" aria-labelledby={`projector-section-${section.id}`}>
      <h2 className="projector-agreements__title" id={`projector-section-${section.id}`}>
        {number}. {section.title[language]}
      </h2>
      <p className="projector-agreements__question">{section.question[language]}</p>
      {items.length === 0 && <p className="projector-agreements__empty">{t('projector.agreements.empty')}</p>}
      <ul ref={fit.ref} className="projector-agreements__items">
        {items.map((item) => (
          <li key={item.id} className="projector-agreement">
            <p className="projector-agreement__text">{item.text}</p>
            <p className="projector-agreement__facts">
              <StatusBadge status={item.status} />
              {item.owner && <span>{t('agreements.owner', { owner: item.owner })}</span>}
              {item.due && <span>{t('agreements.due', { date: formatDate(item.due, language) })}</span>}
            </p>
          </li>
        ))}
      </ul>
      {fit.hidden > 0 && <div className="projector-more">{t('projector.more', { count: fit.hidden })}</div>}
    </section>
  );
}
