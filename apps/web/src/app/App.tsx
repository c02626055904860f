import { lazy, Suspense, useEffect, useMemo } from 'react';
import { useLanguage } from '../i18n/index.ts';
import { linkManifest } from '../pwa/manifestLink.ts';
import { MessagePage } from './MessagePage.tsx';
import { usePathname } from './navigation.ts';
import { parseRoute, type Route } from './routes.ts';
import { SiteFooter } from './SiteFooter.tsx';

// Each page is its own chunk: a participant on a phone never downloads the QR code generator.
const loadStartPage = () => import('../start/StartPage.tsx');
const StartPage = lazy(() => loadStartPage().then((m) => ({ default: m.StartPage })));
const loadWorkshopPage = () => import('../workshop/WorkshopPage.tsx');
const WorkshopPage = lazy(() => loadWorkshopPage().then((m) => ({ default: m.WorkshopPage })));
// Most opens are a workshop's link, many on a slow phone: its chunks are asked for while the
// entry is still starting, not only once React has rendered the route.
if (parseRoute(window.location.pathname).page === 'workshop') void loadWorkshopPage().catch(() => undefined);
const loadProjectorPage = () => import('../projector/ProjectorPage.tsx');
const ProjectorPage = lazy(() => loadProjectorPage().then((m) => ({ default: m.ProjectorPage })));
const loadStatementPage = () => import('../statement/StatementPage.tsx');
const StatementPage = lazy(() => loadStatementPage().then((m) => ({ default: m.StatementPage })));
const loadFeedbackPage = () => import('../feedback/FeedbackPage.tsx');
const FeedbackPage = lazy(() => loadFeedbackPage().then((m) => ({ default: m.FeedbackPage })));

const PAGE_CHUNKS: Partial<Record<Route['page'], () => Promise<unknown>>> = {
  start: loadStartPage,
  workshop: loadWorkshopPage,
  projector: loadProjectorPage,
  statement: loadStatementPage,
  feedback: loadFeedbackPage,
};

/**
 * Resolves once the opened page's own chunk is in (or failed): what may load after it (the
 * other languages, the service worker's copy of the whole app) waits for this, so that on a slow
 * link it does not share the bandwidth with what the person is waiting for.
 */
export function firstPageLoaded(): Promise<void> {
  const load = PAGE_CHUNKS[parseRoute(window.location.pathname).page];
  return load
    ? load().then(
        () => undefined,
        () => undefined,
      )
    : Promise.resolve();
}

export function App() {
  const pathname = usePathname();
  const route = useMemo(() => parseRoute(pathname), [pathname]);
  const language = useLanguage();
  useEffect(() => {
    document.documentElement.lang = language;
    linkManifest(language);
  }, [language]);

  return (
    <Suspense fallback={null}>
      {route.page === 'start' && <StartPage />}
      {route.page === 'workshop' && (
        <WorkshopPage key={route.workshopId} workshopId={route.workshopId} view={route.view} />
      )}
      {route.page === 'projector' && <ProjectorPage workshopId={route.workshopId} />}
      {route.page === 'feedback' && <FeedbackPage workshopId={route.workshopId} />}
      {route.page === 'statement' && <StatementPage />}
      {route.page === 'not-found' && <MessagePage heading="notFound.heading" text="notFound.text" />}
      {/* The projector is the room's shared screen: nothing on it but the workshop. */}
      {route.page !== 'projector' && <SiteFooter />}
    </Suspense>
  );
}
