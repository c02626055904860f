import { createContext, type ReactNode } from 'react';

/** The navigation a page header shows under its title (a workshop's pages); none by default. */
export const HeaderNavContext = createContext<ReactNode>(null);
