import { lazyPage } from '@pcs/ui';

// The office's pages: those no phone role (grid worker, deputy) may open. Each is still its own chunk; their loaders live
// here, in a small chunk the desktop shell imports, because Vite writes beside each `import()` the list of files its chunk
// needs (preloaded together), and ~25 pages' lists in the entry were 3–4 kB of the phone's first download (decision 85).
// pages.tsx names each one through `officePage`; pages.test.ts checks the split against the permission matrix.
export const IndicatorsPage = lazyPage(() => import('./pages/indicators/IndicatorsPage'), 'IndicatorsPage');
export const RulesPage = lazyPage(() => import('./pages/rules/RulesPage'), 'RulesPage');
export const HandlingUnitsPage = lazyPage(() => import('./pages/units/HandlingUnitsPage'), 'HandlingUnitsPage');
export const TownshipUsersPage = lazyPage(() => import('./pages/users/TownshipUsersPage'), 'TownshipUsersPage');
export const DeputiesSection = lazyPage(() => import('./pages/deputies/roster/DeputiesSection'), 'DeputiesSection');
export const OrganisationSection = lazyPage(() => import('./pages/deputies/organisation/OrganisationDetailPages'), 'OrganisationSection');
export const MeetingsSection = lazyPage(() => import('./pages/deputies/meetings/MeetingsSection'), 'MeetingsSection');
export const ActivitiesSection = lazyPage(() => import('./pages/deputies/activities/ActivitiesSection'), 'ActivitiesSection');
export const ProfilesSection = lazyPage(() => import('./pages/deputies/profiles/ProfilesSection'), 'ProfilesSection');
export const ContactsSection = lazyPage(() => import('./pages/deputies/contacts/ContactsSection'), 'ContactsSection');
export const BooksSection = lazyPage(() => import('./pages/deputies/books/BooksSection'), 'BooksSection');
export const RecordsSection = lazyPage(() => import('./pages/deputies/records/RecordsSection'), 'RecordsSection');
export const SuggestionsPage = lazyPage(() => import('./pages/suggestions/SuggestionsPage'), 'SuggestionsPage');
export const AssignedPage = lazyPage(() => import('./pages/work/AssignedPage'), 'AssignedPage');
export const SupervisionPage = lazyPage(() => import('./pages/supervision/SupervisionPage'), 'SupervisionPage');
export const RectificationsPage = lazyPage(() => import('./pages/supervision/RectificationsPage'), 'RectificationsPage');
export const PetitionsPage = lazyPage(() => import('./pages/supervision/PetitionsPage'), 'PetitionsPage');
export const GridsPage = lazyPage(() => import('./pages/grid/GridsPage'), 'GridsPage');
export const LedgersPage = lazyPage(() => import('./pages/grid/LedgersPage'), 'LedgersPage');
export const PatrolsPage = lazyPage(() => import('./pages/grid/PatrolsPage'), 'PatrolsPage');
export const GridOverviewPage = lazyPage(() => import('./pages/grid/GridOverviewPage'), 'GridOverviewPage');
export const BallotsPage = lazyPage(() => import('./pages/ballots/BallotsPage'), 'BallotsPage');
export const GridEventsPage = lazyPage(() => import('./pages/grid-events/GridEventsPage'), 'GridEventsPage');
export const GridTasksPage = lazyPage(() => import('./pages/grid-events/GridTasksPage'), 'GridTasksPage');
export const AppraisalCampaigns = lazyPage(() => import('@pcs/work-ui/appraisal'), 'AppraisalCampaigns');
export const MyAppraisals = lazyPage(() => import('@pcs/work-ui/appraisal'), 'MyAppraisals');
