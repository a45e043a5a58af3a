import { expect, test } from '@playwright/test';
import { APP_URL, signIn } from './sign-in';

test('the built app is served with its security headers and works under its Content-Security-Policy', async ({ page, request }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (load|apply|execute|connect|frame)/i.test(message.text())) violations.push(message.text());
  });
  for (const path of ['/', '/assets/', '/some/client/route']) {
    const res = await request.get(APP_URL + path);
    const headers = res.headers();
    expect(headers['content-security-policy'], path).toContain("script-src 'self'");
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'self'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['x-frame-options'], path).toBe('SAMEORIGIN');
    expect(headers['referrer-policy'], path).toBe('same-origin');
  }
  // Sign-in (keycloak-js), antd's styles, a Recharts chart and the API all work under the policy.
  await signIn(page, 'xikou.admin');
  await expect(page.getByTestId('home-villages-chart').locator('.recharts-bar-rectangle').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/township-home-under-csp.png', fullPage: true });
  expect(violations).toEqual([]);
});
