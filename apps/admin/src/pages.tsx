import { EnvironmentOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { lazyPage } from '@pcs/ui';
import { CheckSquareOutlined } from '@ant-design/icons';
import { BookOutlined, DashboardOutlined, HomeOutlined, TableOutlined } from '@ant-design/icons';
import { AlertOutlined, AuditOutlined, BellOutlined, ClusterOutlined, ControlOutlined, InboxOutlined, SafetyCertificateOutlined, TeamOutlined } from '@ant-design/icons';
import type { Permission } from '@pcs/domain';
import { TrophyOutlined } from '@ant-design/icons';
import { PartitionOutlined } from '@ant-design/icons';

// Each page is its own chunk, loaded when its route is first opened (lazyPage, docs/decisions.md 59).
const CountyGridOfficePage = lazyPage(() => import('./pages/work/CountyGridOfficePage'), 'CountyGridOfficePage');
const CountyBallotsPage = lazyPage(() => import('./pages/ballots/CountyBallotsPage'), 'CountyBallotsPage');
const MyBallotsSection = lazyPage(() => import('@pcs/work-ui/voting'), 'MyBallotsSection');
const HomePage = lazyPage(() => import('./pages/HomePage'), 'HomePage');
const IndicatorPage = lazyPage(() => import('./pages/dashboard/IndicatorPage'), 'IndicatorPage');
const OverviewPage = lazyPage(() => import('./pages/dashboard/OverviewPage'), 'OverviewPage');
const PrintReportPage = lazyPage(() => import('./pages/dashboard/PrintReportPage'), 'PrintReportPage');
const TownshipIndicatorsPage = lazyPage(() => import('./pages/dashboard/TownshipIndicatorsPage'), 'TownshipIndicatorsPage');
const RuleCataloguePage = lazyPage(() => import('./pages/RuleCataloguePage'), 'RuleCataloguePage');
const TownshipsPage = lazyPage(() => import('./pages/TownshipsPage'), 'TownshipsPage');
const AuditPage = lazyPage(() => import('./pages/audit/AuditPage'), 'AuditPage');
const PermissionsPage = lazyPage(() => import('./pages/permissions/PermissionsPage'), 'PermissionsPage');
const CountySettingsPage = lazyPage(() => import('./pages/settings/CountySettingsPage'), 'CountySettingsPage');
const GridGuaranteesPage = lazyPage(() => import('./pages/grid/GridGuaranteesPage'), 'GridGuaranteesPage');
const TenantsAdminPage = lazyPage(() => import('./pages/tenants/TenantsAdminPage'), 'TenantsAdminPage');
const UsersPage = lazyPage(() => import('./pages/users/UsersPage'), 'UsersPage');
const CountySupervisionPage = lazyPage(() => import('./pages/work/CountySupervisionPage'), 'CountySupervisionPage');
const DepartmentWorkPage = lazyPage(() => import('./pages/work/DepartmentWorkPage'), 'DepartmentWorkPage');
const NotificationsPage = lazyPage(() => import('./pages/work/NotificationsPage'), 'NotificationsPage');
const AppraisalCampaigns = lazyPage(() => import('@pcs/work-ui/appraisal'), 'AppraisalCampaigns');
const MyAppraisals = lazyPage(() => import('@pcs/work-ui/appraisal'), 'MyAppraisals');

export interface PageDef {
  key: string;
  path: string;
  /** A key of the first download's texts: the `admin` namespace, or another area's `menu.*` (i18n/texts.ts). */
  labelKey: string;
  icon: ReactNode;
  /** Menu item and route are hidden without it (county-level permissions). */
  permission?: Permission;
  element: ReactNode;
  /** A page reached from another one (a township's indicators, the print view): routed, not in the menu. */
  hidden?: boolean;
  /** The page is built without antd (the home): it renders without antd's providers, which every other page loads with it (decision 81). */
  light?: boolean;
}

/** The app's pages, in menu order: one list drives the menu, the routes and their guards. */
export const PAGES: PageDef[] = [
  { key: 'dashboard', path: '/dashboard', labelKey: 'menu.dashboard', icon: <DashboardOutlined />, permission: 'county.read', element: <OverviewPage /> },
  { key: 'dashboard-township', path: '/dashboard/townships/:tenantId', labelKey: 'menu.dashboard', icon: null, permission: 'county.read', element: <TownshipIndicatorsPage />, hidden: true },
  { key: 'dashboard-indicator', path: '/dashboard/indicators/:indicatorId', labelKey: 'menu.dashboard', icon: null, permission: 'county.read', element: <IndicatorPage />, hidden: true },
  { key: 'dashboard-print', path: '/dashboard/print', labelKey: 'menu.dashboard', icon: null, permission: 'county.read', element: <PrintReportPage />, hidden: true },
  { key: 'home', path: '/', labelKey: 'menu.home', icon: <HomeOutlined />, element: <HomePage />, light: true },
  { key: 'townships', path: '/townships', labelKey: 'menu.townships', icon: <TableOutlined />, permission: 'county.read', element: <TownshipsPage /> },
  { key: 'supervision', path: '/supervision', labelKey: 'work:menu.countySupervision', icon: <AlertOutlined />, permission: 'county.read', element: <CountySupervisionPage /> },
  { key: 'appraisal', path: '/appraisal', labelKey: 'appraisal:menu.appraisal', icon: <TrophyOutlined />, permission: 'county_appraisal.read', element: <AppraisalCampaigns scope="county" /> },
  { key: 'county-ballots', path: '/ballots', labelKey: 'countyBallots:menu.office', icon: <CheckSquareOutlined />, permission: 'county_appraisal.read', element: <CountyBallotsPage /> },
  { key: 'work', path: '/work', labelKey: 'work:menu.departmentWork', icon: <InboxOutlined />, permission: 'assigned.read', element: <DepartmentWorkPage /> },
  { key: 'grid-office', path: '/grid-office', labelKey: 'work:menu.gridEvents', icon: <EnvironmentOutlined />, permission: 'grid_event.county', element: <CountyGridOfficePage /> },
  // A county department's own appraisal (县直部门考评): its self-score and, once published, its result.
  { key: 'my-appraisal', path: '/my-appraisal', labelKey: 'appraisal:menu.myAppraisal', icon: <TrophyOutlined />, permission: 'assigned.read', element: <MyAppraisals scope="department" /> },
  // A department's accounts listed in its county-home democratic evaluation vote here (decision 79).
  { key: 'my-ballots', path: '/my-ballots/*', labelKey: 'countyBallots:menu.mine', icon: <CheckSquareOutlined />, permission: 'assigned.read', element: <MyBallotsSection scope="department" /> },
  { key: 'notifications', path: '/notifications', labelKey: 'work:menu.notifications', icon: <BellOutlined />, permission: 'assigned.read', element: <NotificationsPage /> },
  { key: 'grid-guarantees', path: '/grid-guarantees', labelKey: 'gridGuarantees.menu', icon: <PartitionOutlined />, permission: 'county.read', element: <GridGuaranteesPage /> },
  { key: 'rules', path: '/rules', labelKey: 'menu.rules', icon: <BookOutlined />, permission: 'rules.read', element: <RuleCataloguePage /> },
  { key: 'tenant-admin', path: '/admin/townships', labelKey: 'provisioning:menu.tenantAdmin', icon: <ClusterOutlined />, permission: 'tenant.manage', element: <TenantsAdminPage /> },
  { key: 'users', path: '/admin/users', labelKey: 'provisioning:menu.users', icon: <TeamOutlined />, permission: 'user.manage', element: <UsersPage /> },
  { key: 'audit', path: '/admin/audit', labelKey: 'provisioning:menu.audit', icon: <AuditOutlined />, permission: 'audit.read', element: <AuditPage /> },
  { key: 'settings', path: '/settings', labelKey: 'provisioning:menu.settings', icon: <ControlOutlined />, permission: 'rules.read', element: <CountySettingsPage /> },
  { key: 'permissions', path: '/permissions', labelKey: 'provisioning:menu.permissions', icon: <SafetyCertificateOutlined />, element: <PermissionsPage /> },
];
