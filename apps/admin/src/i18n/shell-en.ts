/** The English of the first download (the shell's texts and the areas' menu labels): one chunk, loaded when English is in force (decision 82). */
export { adminEn } from './admin/en';
export { countyBallotsMenuEn } from './ballots/menu-en';
export { provisioningMenuEn } from './provisioning/menu-en';
