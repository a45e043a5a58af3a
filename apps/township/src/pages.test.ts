import { describe, expect, it } from 'vitest';
import { permissionsOf } from '@pcs/domain';
import { loadsWithOfficePages, mayOpen, PAGES } from './pages';
import { PHONE_ROLES } from './shell/shellChoice';

// Which pages load through officePages.tsx is decided by the permission matrix (decision 85): a page a grid worker or a
// deputy may open loads from the entry, with no extra round trip on a phone; every other page's file list stays out of
// the phone's first download.
describe('PAGES and officePages', () => {
  const phoneMay = permissionsOf(PHONE_ROLES);
  const phoneCanOpen = (page: (typeof PAGES)[number]) => mayOpen(page, (permission) => phoneMay.has(permission));

  it('loads every page no phone role may open through officePages', () => {
    const office = PAGES.filter((page) => !phoneCanOpen(page));
    expect(office.length).toBeGreaterThan(20);
    for (const page of office) expect({ page: page.key, office: loadsWithOfficePages(page.element) }).toEqual({ page: page.key, office: true });
  });

  it('loads the pages a grid worker or a deputy may open from the entry', () => {
    const phone = PAGES.filter(phoneCanOpen);
    expect(phone.map((page) => page.key).sort()).toEqual(['deputy', 'grid-worker', 'home', 'my-ballots', 'my-grids', 'notifications', 'villages']);
    for (const page of phone) {
      expect({ page: page.key, office: loadsWithOfficePages(page.element) }).toEqual({ page: page.key, office: false });
      expect(loadsWithOfficePages(page.phoneElement)).toBe(false);
    }
  });
});
