import { useId, useRef, useState } from 'react';
import { useT } from '../i18n/index.ts';

/** A link to hand out: shown in full, with "Copy" and "Open" (in a new tab). */
export function LinkField({ name, link }: { name: string; link: string }) {
  const t = useT();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('yes');
    } catch {
      input.current?.select();
      setCopied('failed');
    }
  };

  return (
    <div className="link-field">
      <label htmlFor={id} className="visually-hidden">
        {t('link.field', { name })}
      </label>
      <input id={id} ref={input} readOnly value={link} onFocus={(event) => event.target.select()} />
      <div className="link-field__actions">
        <button type="button" onClick={() => void copy()} aria-label={t('link.copyNamed', { name })}>
          {t('link.copy')}
        </button>
        <a href={link} target="_blank" rel="noopener noreferrer" aria-label={t('link.openNamed', { name })}>
          {t('link.open')}
        </a>
        <span className="link-field__status" role="status">
          {copied === 'yes' ? t('link.copied') : copied === 'failed' ? t('link.copyFailed') : ''}
        </span>
      </div>
    </div>
  );
}
