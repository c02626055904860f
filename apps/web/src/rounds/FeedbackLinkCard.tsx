import { useT } from '../i18n/index.ts';
import { LinkField } from '../start/LinkField.tsx';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { useFeedbackLink } from './useFeedbackLink.ts';
import '../start/start.css';

/** The facilitator hands out the read-only feedback page after the workshop (and after each round). */
export function FeedbackLinkCard() {
  const t = useT();
  const workshop = useWorkshop();
  const feedback = useFeedbackLink(workshop.workshopId, workshop.token);
  return (
    <section className="round-feedback" aria-labelledby="round-feedback-heading">
      <h2 id="round-feedback-heading">{t('rounds.feedback.heading')}</h2>
      <p>{t('rounds.feedback.text')}</p>
      {feedback.state === 'ready' &&
        (feedback.link ? (
          <LinkField name={t('rounds.feedback.name')} link={feedback.link} />
        ) : (
          <p>{t('rounds.feedback.unavailable')}</p>
        ))}
    </section>
  );
}
