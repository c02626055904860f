import { type ReactNode, useEffect } from 'react';
import { type MessageKey, useT } from '../i18n/index.ts';
import { PageHeader } from './PageHeader.tsx';

/** A full page that explains why the board cannot be shown (bad link, refused token, 404). */
export function MessagePage({
  heading,
  text,
  detail,
  tools,
}: {
  heading: MessageKey;
  text: MessageKey;
  detail?: string;
  tools?: ReactNode;
}) {
  const t = useT();
  const title = t(heading);
  useEffect(() => {
    document.title = `${title} – Avaa`;
  }, [title]);
  return (
    <>
      <PageHeader title={t('app.name')}>{tools}</PageHeader>
      <main className="message-page">
        <h2>{title}</h2>
        <p>{t(text)}</p>
        {detail && <p>{detail}</p>}
        <p>
          <a href="/">{t('notFound.home')}</a>
        </p>
      </main>
    </>
  );
}
