import { expect, type Locator, type Page } from '@playwright/test';

const openDropdown = '.ant-select-dropdown:not(.ant-select-dropdown-hidden)';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The Select's root, given the root itself or anything inside it (such as its input's id). */
const selectOf = (target: Locator) =>
  target.locator("xpath=ancestor-or-self::*[contains(concat(' ', normalize-space(@class), ' '), ' ant-select ')][1]");

interface ChooseOptions {
  /** Typed first into a searchable select, to bring a far option of a long list into view. */
  search?: string;
  /** Match the option's whole text (default) or any option containing `label`. */
  exact?: boolean;
}

/**
 * Picks the option labelled `label` in an antd Select and checks that it took. A click that
 * lands while the dropdown opens or re-renders can be lost, so the pick is retried until the
 * select shows the label (never clicked twice once shown: that would unpick it in a multiple select).
 */
export async function chooseOption(page: Page, target: Locator, label: string, options: ChooseOptions = {}): Promise<void> {
  const select = selectOf(target);
  const text = options.exact === false ? label : new RegExp(`^\\s*${escapeRegExp(label)}\\s*$`);
  await expect(async () => {
    if ((await select.innerText()).includes(label)) return;
    if (!(await page.locator(openDropdown).isVisible())) await select.click();
    if (options.search) await select.locator('input').fill(options.search);
    await page.locator(`${openDropdown} .ant-select-item-option`).filter({ hasText: text }).first().click({ timeout: 3_000 });
    await expect(select).toContainText(label, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}

/** Picks the first option of an antd Select and returns its label. */
export async function chooseFirstOption(page: Page, target: Locator): Promise<string> {
  const select = selectOf(target);
  await select.click();
  const first = page.locator(`${openDropdown} .ant-select-item-option`).first();
  await expect(first).toBeVisible();
  const label = (await first.innerText()).trim();
  await chooseOption(page, select, label);
  return label;
}
