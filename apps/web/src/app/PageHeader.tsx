import { type CSSProperties, type ReactNode, useContext } from 'react';
import { HeaderNavContext } from './HeaderNav.ts';
import { LanguageSelect } from './LanguageSelect.tsx';

/**
 * The top bar of every page: the title, page-specific tools, the language and the navigation.
 * `accent` underlines it in a colour (a group's, on its board).
 */
export function PageHeader({ title, children, accent }: { title: ReactNode; children?: ReactNode; accent?: string }) {
  const nav = useContext(HeaderNavContext);
  const style = accent ? ({ '--header-accent': accent } as CSSProperties) : undefined;
  return (
    <header className={`page-header${accent ? ' page-header--accent' : ''}`} style={style}>
      <h1 className="page-header__title">{title}</h1>
      <div className="page-header__tools">{children}</div>
      <LanguageSelect />
      {nav}
    </header>
  );
}
