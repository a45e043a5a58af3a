import { isValidElement, type ReactNode } from 'react';
import { lazyPage } from '@pcs/ui';
import { DUTY_PROFILE_PERMISSIONS, type BilingualMessage, type CongressWording, type Permission } from '@pcs/domain';
import type { FirstQueries } from './firstQueries';
import type * as OfficePages from './officePages';
import { deputyHomeQueries } from './pages/deputy/deputyHomeQueries';
import { gridWorkerQueries } from './pages/grid-events/gridWorkerQueries';
import { myGridsQueries } from './pages/grid/myGridsQueries';

// Each page is its own chunk, loaded when its route is first opened (lazyPage, docs/decisions.md 59).
// The pages a grid worker or a deputy may open load from here; the phone screens' chunks are also asked
// for by index.html (firstScreen in vite.config.ts).
const HomePage = lazyPage(() => import('./pages/HomePage'), 'HomePage');
const PhoneHomePage = lazyPage(() => import('./pages/PhoneHomePage'), 'PhoneHomePage');
const DeputySection = lazyPage(() => import('./pages/deputy/DeputySection'), 'DeputySection');
const MyBallotsSection = lazyPage(() => import('@pcs/work-ui/voting'), 'MyBallotsSection');
const GridWorkerPage = lazyPage(() => import('./pages/grid-events/GridWorkerPage'), 'GridWorkerPage');
const NotificationsPage = lazyPage(() => import('./pages/notifications/NotificationsPage'), 'NotificationsPage');
const MyGridsPage = lazyPage(() => import('./pages/grid/MyGridsPage'), 'MyGridsPage');
const VillagesPage = lazyPage(() => import('./pages/villages/VillagesPage'), 'VillagesPage');

// The office's pages load through officePages.tsx, whose chunk the desktop shell brings: the phone's first
// download does not carry the list of files each of them needs (decision 85).
const officeComponents = new WeakSet<object>();
function officePage<K extends keyof typeof OfficePages & string>(name: K) {
  const page = lazyPage(async () => {
    const pages = await import('./officePages');
    await pages[name].preload();
    return pages;
  }, name);
  officeComponents.add(page);
  return page;
}
/** Whether a page's element loads through officePages.tsx (pages.test.ts checks which pages do). */
export function loadsWithOfficePages(element: ReactNode): boolean {
  return isValidElement(element) && typeof element.type === 'function' && officeComponents.has(element.type);
}
const IndicatorsPage = officePage('IndicatorsPage');
const DeputiesSection = officePage('DeputiesSection');
const OrganisationSection = officePage('OrganisationSection');
const MeetingsSection = officePage('MeetingsSection');
const ActivitiesSection = officePage('ActivitiesSection');
const ProfilesSection = officePage('ProfilesSection');
const ContactsSection = officePage('ContactsSection');
const RecordsSection = officePage('RecordsSection');
const BooksSection = officePage('BooksSection');
const SuggestionsPage = officePage('SuggestionsPage');
const AssignedPage = officePage('AssignedPage');
const SupervisionPage = officePage('SupervisionPage');
const RectificationsPage = officePage('RectificationsPage');
const MyAppraisals = officePage('MyAppraisals');
const AppraisalCampaigns = officePage('AppraisalCampaigns');
const PetitionsPage = officePage('PetitionsPage');
const BallotsPage = officePage('BallotsPage');
const GridEventsPage = officePage('GridEventsPage');
const GridTasksPage = officePage('GridTasksPage');
const GridOverviewPage = officePage('GridOverviewPage');
const GridsPage = officePage('GridsPage');
const LedgersPage = officePage('LedgersPage');
const PatrolsPage = officePage('PatrolsPage');
const RulesPage = officePage('RulesPage');
const TownshipUsersPage = officePage('TownshipUsersPage');
const HandlingUnitsPage = officePage('HandlingUnitsPage');

export interface PageDef {
  key: string;
  path: string;
  /** A key of the first download's texts: the `township` namespace, or another area's `menu.*` (i18n/texts.ts). */
  labelKey: string;
  /** A label that depends on the township's kind (a sub-district's working committee), instead of labelKey. */
  labelFor?: (wording: CongressWording) => BilingualMessage;
  /** Menu item and route are hidden without it, or without every one listed (permissions from me.get). */
  permission?: Permission | readonly Permission[];
  /** The menu shows the page only when this holds too (the route stays open by permission). */
  inMenuWhen?: (facts: MenuFacts) => boolean;
  element: ReactNode;
  /** The page is built without antd (the phone kit, decisions 78, 81): both shells show it without antd's providers. */
  phone?: boolean;
  /** The page's version for the phone shell, when the desktop's differs (the home: a chart and the liaison office's part). */
  phoneElement?: ReactNode;
  /** The queries of the page's first view, sent with me.get when the app is opened at it (firstScreen.tsx). */
  firstQueries?: FirstQueries;
}

/** What the menu knows beyond permissions (App.tsx asks the API). */
export interface MenuFacts {
  /** The user is a listed member of some evaluation that is open or that they voted in. */
  hasBallots: boolean;
}

/**
 * The app's pages, in menu order: one list drives the menu, the routes and their guards. In both
 * shells `phone` pages render as they are (in the phone shell the home as `phoneElement`); every
 * other page gets antd's providers, loaded with it (decisions 78, 81).
 */
export const PAGES: PageDef[] = [
  { key: 'home', path: '/', labelKey: 'menu.home', element: <HomePage />, phoneElement: <PhoneHomePage />, phone: true },
  // A signed-in deputy's own workspace, phone first (issue 14).
  { key: 'deputy', path: '/me/*', labelKey: 'deputy:menu.workspace', permission: 'deputy.self', element: <DeputySection />, phone: true,
    firstQueries: (trpc) => Object.values(deputyHomeQueries(trpc)) },
  // 我的测评: the ballots of evaluations whose member list names the user (every township role may be listed).
  { key: 'my-ballots', path: '/my-ballots/*', labelKey: 'ballots:menu.mine', permission: 'ballot.vote', inMenuWhen: (f) => f.hasBallots, element: <MyBallotsSection /> },
  { key: 'indicators', path: '/indicators', labelKey: 'menu.indicators', permission: 'indicators.read', element: <IndicatorsPage /> },
  // Deputies and the congress's own work (人大办) only; nested routes under each path.
  { key: 'deputies', path: '/deputies/*', labelKey: 'deputies:menu.roster', permission: 'deputies.read', element: <DeputiesSection /> },
  { key: 'deputy-groups', path: '/deputy-groups/*', labelKey: 'deputies:menu.organisation', permission: 'deputies.read', element: <OrganisationSection /> },
  { key: 'congress-meetings', path: '/congress-meetings/*', labelKey: 'deputies:menu.meetings', labelFor: (w) => w.meetingsTitle, permission: 'deputies.read', element: <MeetingsSection /> },
  { key: 'duty-activities', path: '/duty-activities/*', labelKey: 'deputies:menu.activities', permission: 'deputies.read', element: <ActivitiesSection /> },
  { key: 'duty-profiles', path: '/duty-profiles/*', labelKey: 'deputies:menu.profiles', permission: DUTY_PROFILE_PERMISSIONS, element: <ProfilesSection /> },
  { key: 'deputy-contacts', path: '/deputy-contacts/*', labelKey: 'deputies:menu.contacts', permission: 'deputies.read', element: <ContactsSection /> },
  { key: 'congress-records', path: '/congress-records/*', labelKey: 'deputies:menu.records', permission: 'deputies.read', element: <RecordsSection /> },
  { key: 'congress-books', path: '/congress-books/*', labelKey: 'deputies:menu.books', permission: 'deputies.read', element: <BooksSection /> },
  // Suggestions, supervision and their handling (人大办 and handling units).
  { key: 'suggestions', path: '/suggestions', labelKey: 'work:menu.suggestions', permission: 'suggestion.read', element: <SuggestionsPage /> },
  { key: 'assigned', path: '/assigned', labelKey: 'work:menu.assigned', permission: 'assigned.read', element: <AssignedPage /> },
  { key: 'supervision', path: '/supervision', labelKey: 'work:menu.supervision', permission: 'supervision.read', element: <SupervisionPage /> },
  { key: 'rectifications', path: '/rectifications', labelKey: 'work:menu.rectifications', permission: 'supervision.read', element: <RectificationsPage /> },
  { key: 'my-appraisal', path: '/my-appraisal', labelKey: 'appraisal:menu.myAppraisal', permission: 'appraisal.read', element: <MyAppraisals /> },
  { key: 'appraisal', path: '/appraisal', labelKey: 'appraisal:menu.appraisal', permission: 'appraisal.read', element: <AppraisalCampaigns scope="township" /> },
  { key: 'petitions', path: '/petitions', labelKey: 'work:menu.petitions', permission: 'supervision.read', element: <PetitionsPage /> },
  { key: 'ballots', path: '/ballots', labelKey: 'ballots:menu.office', permission: 'appraisal.manage', element: <BallotsPage /> },
  { key: 'grid-events', path: '/grid-events', labelKey: 'work:menu.gridEvents', permission: 'grid_event.read', element: <GridEventsPage /> },
  { key: 'grid-worker', path: '/grid-worker', labelKey: 'work:menu.gridWorker', permission: 'grid_event.report', element: <GridWorkerPage />, phone: true,
    firstQueries: (trpc) => Object.values(gridWorkerQueries(trpc)) },
  { key: 'grid-tasks', path: '/grid-tasks', labelKey: 'work:menu.gridTasks', permission: 'assigned.read', element: <GridTasksPage /> },
  { key: 'notifications', path: '/notifications', labelKey: 'work:menu.notifications', element: <NotificationsPage /> },
  // Grid management: the worker's phone view, the office's grids, ledgers, patrols and overview.
  { key: 'my-grids', path: '/my-grids', labelKey: 'grid:menu.mine', permission: 'grid.patrol', element: <MyGridsPage />, phone: true,
    firstQueries: (trpc) => Object.values(myGridsQueries(trpc)) },
  { key: 'grid-overview', path: '/grid-overview', labelKey: 'grid:menu.overview', permission: 'grid.read', element: <GridOverviewPage /> },
  { key: 'grids', path: '/grids', labelKey: 'grid:menu.grids', permission: 'grid.read', element: <GridsPage /> },
  { key: 'ledgers', path: '/ledgers', labelKey: 'grid:menu.ledgers', permission: 'grid.read', element: <LedgersPage /> },
  { key: 'patrols', path: '/patrols', labelKey: 'grid:menu.patrols', permission: 'grid.read', element: <PatrolsPage /> },
  { key: 'villages', path: '/villages', labelKey: 'menu.villages', permission: 'region.read', element: <VillagesPage /> },
  { key: 'rules', path: '/rules', labelKey: 'menu.rules', permission: 'rules.read', element: <RulesPage /> },
  { key: 'users', path: '/users', labelKey: 'provisioning:menu.users', permission: 'user.manage', element: <TownshipUsersPage /> },
  { key: 'units', path: '/units', labelKey: 'provisioning:menu.units', permission: 'units.manage', element: <HandlingUnitsPage /> },
];

/** Whether the signed-in user may open a page (menu entry and route guard alike). */
export function mayOpen(page: PageDef, can: (permission: Permission) => boolean): boolean {
  if (!page.permission) return true;
  return typeof page.permission === 'string' ? can(page.permission) : page.permission.every(can);
}
