// Playwright helpers for driving VS Code's workbench (code-server) the way a person does:
// keyboard shortcuts, the command palette, the Problems panel, hovers and the quick-fix menu.
// Every helper waits for a condition in the page; none relies on a fixed sleep.

export const LONG = 120_000;
export const MEDIUM = 45_000;

/** Polls fn (async, returns a value or undefined/false) until it is truthy. */
export async function waitUntil(description, fn, timeoutMs = MEDIUM, intervalMs = 250) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      const detail = last instanceof Error ? `: ${last.message}` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${description}${detail}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

const quickInput = '.quick-input-widget';

/** Opens a workspace file through Quick Open (Ctrl+P) and waits until its tab is active. */
export async function openFile(page, fileName) {
  const isActive = () => page.evaluate((name) => document.querySelector('.tab.active')?.textContent?.includes(name), fileName);
  await waitUntil(
    `the editor tab of ${fileName}`,
    async () => {
      if (await isActive()) return true;
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+P');
      const input = page.locator(`${quickInput} input`);
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      await input.fill(fileName);
      const row = page.locator(`${quickInput} .monaco-list-row[aria-label*="${fileName}"]`).first();
      await row.waitFor({ timeout: 10_000 });
      await row.click();
      return waitUntil(`${fileName} to become the active tab`, isActive, 10_000).catch(() => false);
    },
    MEDIUM,
  );
}

/** Runs a command from the palette by its exact title, waiting until it is registered. */
export async function runCommand(page, title, timeoutMs = LONG) {
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator(`${quickInput} input`);
  await input.waitFor({ state: 'visible', timeout: MEDIUM });
  await waitUntil(
    `the command "${title}" in the palette`,
    async () => {
      await input.fill(`>${title}`);
      const first = page.locator(`${quickInput} .monaco-list-row`).first();
      await first.waitFor({ timeout: 5000 });
      const label = (await first.getAttribute('aria-label')) ?? '';
      if (label.startsWith(title)) return true;
      await input.fill('>');
      return false;
    },
    timeoutMs,
    500,
  );
  await page.keyboard.press('Enter');
}

/** Shows the Problems panel (Ctrl+Shift+M toggles it, so only press when it is hidden). */
export async function showProblems(page) {
  if (!(await page.locator('.markers-panel').isVisible().catch(() => false))) {
    await page.keyboard.press('Control+Shift+M');
  }
  await page.locator('.markers-panel').waitFor({ state: 'visible', timeout: MEDIUM });
}

/**
 * Every row of the Problems panel, scrolling its virtual list from top to bottom until each
 * file's rows are all seen (a file row says how many problems it has; its rows carry
 * aria-posinset). Returns [{ file, message, source, code, line, column }] for marker rows.
 */
export async function readProblems(page) {
  await showProblems(page);
  await filterProblems(page, '');
  const list = page.locator('.markers-panel .monaco-list');
  if (!(await list.isVisible().catch(() => false))) return []; // "No problems have been detected"
  const box = await list.boundingBox();
  if (!box) return [];
  // Over the indent column: a row's message shows a tooltip under the pointer, which would take the wheel.
  await page.mouse.move(box.x + 4, box.y + box.height / 2);
  const snapshot = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('.markers-panel .monaco-list-row')].map((row) => ({
        index: Number(row.getAttribute('data-index')),
        aria: row.getAttribute('aria-label') ?? '',
        message: row.querySelector('.marker-message')?.textContent ?? null,
        source: row.querySelector('.marker-source')?.textContent ?? null,
        code: row.querySelector('.marker-code')?.textContent ?? null,
        position: row.querySelector('.marker-line')?.textContent ?? null,
      })),
    );
  const rows = new Map();
  const complete = () => {
    const ordered = [...rows.values()].sort((a, b) => a.index - b.index);
    if (ordered.length === 0 || ordered[0].index !== 0) return false;
    // Contiguous indices from 0, and the last file has all its rows.
    for (let i = 0; i < ordered.length; i++) if (ordered[i].index !== i) return false;
    let expected = 0;
    let seen = 0;
    let files = 0;
    for (const row of ordered) {
      const fileMatch = /^(\d+) problems? in file/.exec(row.aria);
      if (fileMatch) {
        if (seen !== expected) return false;
        expected = Number(fileMatch[1]);
        seen = 0;
        files++;
      } else seen++;
    }
    return files > 0 && seen === expected;
  };
  await page.mouse.wheel(0, -1_000_000);
  // Stops when every row is seen, or after three scrolls that bring no new row (the list
  // changed while it was read: the caller polls again).
  for (let round = 0, stale = 0; round < 200 && stale < 3 && !complete(); round++) {
    const before = rows.size;
    const grew = await waitUntil('the Problems list to render rows', async () => {
      for (const row of await snapshot()) rows.set(row.index, row);
      return rows.size > before || complete() || round === 0;
    }, 1500, 50).catch(() => false);
    stale = grew ? 0 : stale + 1;
    if (complete()) break;
    await page.mouse.wheel(0, Math.max(100, box.height / 2));
  }
  const ordered = [...rows.values()].sort((a, b) => a.index - b.index);
  const problems = [];
  let file = null;
  for (const row of ordered) {
    const fileMatch = /problems? in file (.+?) of folder/.exec(row.aria);
    if (fileMatch) {
      file = fileMatch[1];
      continue;
    }
    if (row.message === null) continue;
    const position = /Ln (\d+), Col (\d+)/.exec(row.position ?? '');
    problems.push({
      file,
      message: row.message,
      source: row.source,
      code: row.code,
      line: position ? Number(position[1]) : null,
      column: position ? Number(position[2]) : null,
    });
  }
  problems.complete = complete();
  return problems;
}

/** Types into the Problems panel's filter box (empty string clears it). */
export async function filterProblems(page, text) {
  await showProblems(page);
  const input = page.locator('.viewpane-filter input, .markers-panel-action-filter input').first();
  await input.fill(text);
}

/**
 * Reveals one problem in its editor: filters the Problems panel to the text, selects the
 * first marker row whose message includes messageIncludes and opens it (Enter), which puts the
 * cursor at the start of the finding and focuses the editor.
 */
export async function revealProblem(page, { file, code, messageIncludes }) {
  await showProblems(page);
  const isActive = () => page.evaluate((name) => document.querySelector('.tab.active')?.textContent?.includes(name), file);
  await waitUntil(
    `the finding ${code} "${messageIncludes}" opened in ${file}`,
    async () => {
      await filterProblems(page, code);
      const row = page
        .locator('.markers-panel .monaco-list-row')
        .filter({ has: page.locator('.marker-code', { hasText: code }) })
        .filter({ hasText: messageIncludes })
        .first();
      await row.waitFor({ timeout: 10_000 });
      await row.click();
      await page.keyboard.press('Enter');
      return waitUntil(`${file} to become the active tab`, isActive, 10_000).catch(() => false);
    },
    MEDIUM,
  );
  await filterProblems(page, '');
  // Back to the editor without touching its selection (a click would move the cursor).
  await page.keyboard.press('Control+1');
  await waitUntil('the editor to take focus', () =>
    page.evaluate(() => Boolean(document.activeElement?.closest('.part.editor .monaco-editor'))),
  );
}

/** The number on the Problems tab (all problems, of every source), or null when it has none. */
export async function problemsBadge(page) {
  return page.evaluate(() => {
    for (const item of document.querySelectorAll('.part.panel .composite-bar .action-item')) {
      if (item.querySelector('.action-label')?.textContent?.trim() !== 'Problems') continue;
      const text = item.querySelector('.badge-content')?.textContent?.trim();
      return text ? Number(text.replace(/\D/g, '')) : null;
    }
    return null;
  });
}

/** Marker rows the Problems panel renders now whose rule code is `code` (use with a filter). */
export async function renderedMarkersWithCode(page, code) {
  return page.evaluate(
    (wanted) => [...document.querySelectorAll('.markers-panel .monaco-list-row .marker-code')].filter((node) => node.textContent === wanted).length,
    code,
  );
}

/** The text of the status bar's cursor position, e.g. "Ln 6, Col 8". */
export async function cursorPosition(page) {
  return page.locator('[id="status.editor.selection"]').innerText();
}

export async function saveActiveEditor(page) {
  await page.keyboard.press('Control+S');
  await waitUntil('the active tab to be saved', () =>
    page.evaluate(() => !document.querySelector('.tab.active')?.classList.contains('dirty')),
  );
}
