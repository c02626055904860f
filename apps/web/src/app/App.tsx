import { lazy, Suspense, useEffect, useMemo } from 'react';
import { useLanguage } from '../i18n/index.ts';
import { linkManifest } from '../pwa/manifestLink.ts';
import { MessagePage } from './MessagePage.tsx';
import { usePathname } from './navigation.ts';
import { parseRoute } from './routes.ts';
import { SiteFooter } from './SiteFooter.tsx';

// Each page is its own chunk: a participant on a phone never downloads the QR code generator.
const StartPage = lazy(() => import('../start/StartPage.tsx').then((m) => ({ default: m.StartPage })));
const loadWorkshopPage = () => import('../workshop/WorkshopPage.tsx');
const WorkshopPage = lazy(() => loadWorkshopPage().then((m) => ({ default: m.WorkshopPage })));
// Most opens are a workshop's link, many on a slow phone: its chunks are asked for while the
// entry is still starting, not only once React has rendered the route.
if (parseRoute(window.location.pathname).page === 'workshop') void loadWorkshopPage().catch(() => undefined);
const ProjectorPage = lazy(() => import('../projector/ProjectorPage.tsx').then((m) => ({ default: m.ProjectorPage })));
const StatementPage = lazy(() => import('../statement/StatementPage.tsx').then((m) => ({ default: m.StatementPage })));
const FeedbackPage = lazy(() => import('../feedback/FeedbackPage.tsx').then((m) => ({ default: m.FeedbackPage })));

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
