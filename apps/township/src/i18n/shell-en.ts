/** The English of the first download (the shell's texts and every area's menu labels): one chunk, loaded when English is in force (decision 82). */
export { townshipEn } from './township/en';
export { ballotsMenuEn } from './ballots/menu-en';
export { deputiesMenuEn } from './deputies/menu-en';
export { deputyMenuEn } from './deputy/menu-en';
export { gridMenuEn } from './grid/menu-en';
export { provisioningMenuEn } from './provisioning/menu-en';
