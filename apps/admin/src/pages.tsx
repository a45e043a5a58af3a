import type { ReactNode } from 'react';
import { BookOutlined, HomeOutlined, TableOutlined } from '@ant-design/icons';
import type { Permission } from '@pcs/domain';
import { HomePage } from './pages/HomePage';
import { RuleCataloguePage } from './pages/RuleCataloguePage';
import { TownshipsPage } from './pages/TownshipsPage';

export interface PageDef {
  key: string;
  path: string;
  /** Key in the `admin` namespace. */
  labelKey: string;
  icon: ReactNode;
  /** Menu item and route are hidden without it (county-level permissions). */
  permission?: Permission;
  element: ReactNode;
}

/** The app's pages, in menu order: one list drives the menu, the routes and their guards. */
export const PAGES: PageDef[] = [
  { key: 'home', path: '/', labelKey: 'menu.home', icon: <HomeOutlined />, element: <HomePage /> },
  { key: 'townships', path: '/townships', labelKey: 'menu.townships', icon: <TableOutlined />, permission: 'county.read', element: <TownshipsPage /> },
  { key: 'rules', path: '/rules', labelKey: 'menu.rules', icon: <BookOutlined />, permission: 'rules.read', element: <RuleCataloguePage /> },
];
