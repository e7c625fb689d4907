/**
 * Reading the explorer's pages in the browser: open a route, wait for a panel's data, and read a panel in
 * one step (the block its data was read at, its stats, labelled values and tables), so that a refresh at
 * the next block cannot land between two reads. The page-side code is plain JavaScript text: the test
 * programs are compiled without the DOM's types.
 */
import type { Page } from 'playwright-core';

export interface PanelSnapshot {
  /** the block the data was read at (`at #N`) */
  readonly block: number;
  readonly text: string;
  /** `data-stat` name -> value text */
  readonly stats: Readonly<Record<string, string>>;
  /** label -> value text of its key-value lists */
  readonly values: Readonly<Record<string, string>>;
  /** `data-table` name -> all rows count and the rendered rows' text */
  readonly tables: Readonly<Record<string, { readonly rows: number; readonly texts: readonly string[] }>>;
}

const READ_PANEL = `(name) => {
  const panel = document.querySelector('[data-panel="' + name + '"]');
  if (panel === null) return null;
  const header = panel.querySelector(':scope > header .small');
  const stats = {}, values = {}, tables = {};
  for (const s of panel.querySelectorAll('[data-stat]')) stats[s.dataset.stat] = s.querySelector('.stat-value').innerText;
  for (const row of panel.querySelectorAll('.kv > div')) values[row.querySelector('dt').textContent] = row.querySelector('dd').innerText;
  for (const t of panel.querySelectorAll('[data-table]')) {
    tables[t.dataset.table] = { rows: Number(t.dataset.rows), texts: [...t.querySelectorAll('.vtable-row')].map((r) => r.innerText) };
  }
  const block = Number((/#(\\d+)/.exec(header ? header.textContent : '') || [])[1]);
  return { block, text: panel.innerText, stats, values, tables };
}`;

export async function readPanel(page: Page, panel: string): Promise<PanelSnapshot> {
  const snapshot = (await page.evaluate(`(${READ_PANEL})(${JSON.stringify(panel)})`)) as PanelSnapshot | null;
  if (snapshot === null) throw new Error(`no panel ${panel} on the page`);
  return snapshot;
}

export async function waitForPanel(page: Page, panel: string, timeout = 20_000): Promise<PanelSnapshot> {
  await page.waitForSelector(`[data-panel="${panel}"][data-state="ready"]`, { timeout });
  return readPanel(page, panel);
}

export async function openRoute(
  page: Page,
  baseUrl: string,
  route: string,
  panel: string,
): Promise<PanelSnapshot> {
  await page.goto(`${baseUrl}#/${route}`);
  return waitForPanel(page, panel);
}

/** Waits until `check` holds for a fresh read of the panel. */
export async function waitForPanelState(
  page: Page,
  panel: string,
  check: (snapshot: PanelSnapshot) => boolean,
  timeoutMs = 20_000,
): Promise<PanelSnapshot> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const snapshot = await readPanel(page, panel).catch(() => undefined);
    if (snapshot !== undefined && check(snapshot)) return snapshot;
    if (Date.now() > deadline) throw new Error(`panel ${panel}: condition not met within ${timeoutMs} ms`);
    await page.waitForTimeout(100);
  }
}

/** `1,234.5678 τ` -> 1234.5678 */
export function parseAmount(text: string): number {
  return Number(text.replace(/[^\d.-]/g, ''));
}

/** The column keys (`data-col`) of a table, in order. */
export async function readColumns(page: Page, table: string): Promise<string[]> {
  return (await page.evaluate(
    `[...document.querySelectorAll('[data-table="${table}"] .vtable-head [data-col]')].map((c) => c.dataset.col)`,
  )) as string[];
}
