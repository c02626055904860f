import type { ReactNode } from 'react';
import { LanguageSelect } from './LanguageSelect.tsx';

/** The top bar of every page: the title, page-specific tools and the language choice. */
export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <header className="page-header">
      <h1 className="page-header__title">{title}</h1>
      <div className="page-header__tools">{children}</div>
      <LanguageSelect />
    </header>
  );
}
