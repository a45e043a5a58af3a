import type { ReactNode } from 'react';
import { HomeOutlined, ApartmentOutlined, SettingOutlined } from '@ant-design/icons';
import type { Permission } from '@pcs/domain';
import { HomePage } from './pages/HomePage';
import { RulesPage } from './pages/rules/RulesPage';
import { VillagesPage } from './pages/villages/VillagesPage';

export interface PageDef {
  key: string;
  path: string;
  /** Key in the `township` namespace. */
  labelKey: string;
  icon: ReactNode;
  /** Menu item and route are hidden without it (permissions from me.get). */
  permission?: Permission;
  element: ReactNode;
}

/** The app's pages, in menu order: one list drives the menu, the routes and their guards. */
export const PAGES: PageDef[] = [
  { key: 'home', path: '/', labelKey: 'menu.home', icon: <HomeOutlined />, element: <HomePage /> },
  { key: 'villages', path: '/villages', labelKey: 'menu.villages', icon: <ApartmentOutlined />, permission: 'region.read', element: <VillagesPage /> },
  { key: 'rules', path: '/rules', labelKey: 'menu.rules', icon: <SettingOutlined />, permission: 'rules.read', element: <RulesPage /> },
];
