import { type CSSProperties, type ReactNode, useContext, useId, useRef, useState } from 'react';
import { useT } from '../i18n/index.ts';
import { HeaderNavContext } from './HeaderNav.ts';
import { LanguageSelect } from './LanguageSelect.tsx';
import { usePageArrival } from './usePageArrival.ts';

/**
 * The top bar of every page: the title, page-specific tools, the language and the navigation.
 * `accent` underlines it in a colour (a group's, on its board). On a phone a workshop's header
 * folds to the title, the connection, the pages and the timer; "Menu" opens the rest (see
 * workshop.css), so the table starts on the first screen.
 */
export function PageHeader({ title, children, accent }: { title: ReactNode; children?: ReactNode; accent?: string }) {
  const t = useT();
  const id = useId();
  const nav = useContext(HeaderNavContext);
  const [open, setOpen] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  usePageArrival(heading);
  const style = accent ? ({ '--header-accent': accent } as CSSProperties) : undefined;
  const classes = [
    'page-header',
    accent ? 'page-header--accent' : '',
    nav ? 'page-header--folding' : '',
    open ? 'page-header--open' : '',
  ];
  return (
    <header id={id} className={classes.filter(Boolean).join(' ')} style={style}>
      {/* Focusable from script: a page a person opened starts here (usePageArrival). */}
      <h1 className="page-header__title" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {nav && (
        <button
          type="button"
          className="page-header__menu"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true">☰ </span>
          {t('header.menu')}
        </button>
      )}
      <div className="page-header__tools">{children}</div>
      <LanguageSelect />
      {nav}
    </header>
  );
}
