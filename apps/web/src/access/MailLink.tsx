import { useT } from '../i18n/index.ts';

/**
 * "E-mail it to myself": a `mailto:` link with the facilitator link in the body, so the link
 * also lives in the facilitator's own mailbox, on any device. Nothing goes through our server.
 */
export function MailLink({ title, link }: { readonly title: string; readonly link: string }) {
  const t = useT();
  const subject = t('access.facilitatorLink.mailSubject', { title });
  const body = `${t('access.facilitatorLink.mailBody', { title })}\n\n${link}\n`;
  const href = `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  return (
    <a className="button-link mail-link" href={href}>
      {t('access.facilitatorLink.mail')}
    </a>
  );
}
