import type { Page } from 'playwright-core';
import { expectAccessible } from './browser';

export const ADMIN = {
  name: 'Ada Admin',
  email: 'ada@example.com',
  password: 'correct horse battery',
};

/** Sets the workspace up from the printed setup link (Europe/Berlin) and lands on Home. */
export async function setUpWorkspace(page: Page, setupLink: string): Promise<void> {
  await page.goto(setupLink);
  await page.getByRole('heading', { level: 1, name: 'Set up Vitals' }).waitFor();
  await page.getByLabel('Workspace name').fill('Acme Analytics');
  await page.getByLabel('Time zone').selectOption('Europe/Berlin');
  await page.getByLabel('Your name').fill(ADMIN.name);
  await page.getByLabel('Email', { exact: true }).fill(ADMIN.email);
  await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await page.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
}

export interface ApiAnswer<T = unknown> {
  status: number;
  body: T;
}

/** Calls the API from the page, as the signed-in person (session cookie and CSRF token). */
export async function callApi<T = unknown>(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<ApiAnswer<T>> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const session = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
      const answer = await fetch(path, {
        method,
        headers: {
          accept: 'application/json',
          'x-csrf-token': session.csrfToken,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await answer.text();
      return { status: answer.status, body: (text ? JSON.parse(text) : null) as T };
    },
    { method, path, body },
  );
}

/** Goes to a page by its address and waits for its heading (h1). */
export async function open(page: Page, baseUrl: string, path: string, heading: string | RegExp) {
  await page.goto(`${baseUrl}${path}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** The page fits its viewport's width (no sideways scrolling), checked with axe as well. */
export async function expectFitsPhone(page: Page, what: string): Promise<number> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  await expectAccessible(page, `${what} on a phone`);
  return overflow;
}

/** Pastes text into the focused element as a spreadsheet would (a paste event with text/plain). */
export async function pasteInto(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).first().focus();
  await page
    .locator(selector)
    .first()
    .evaluate((element, value) => {
      const data = new DataTransfer();
      data.setData('text/plain', value);
      element.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, text);
}
