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

// How the Problems panel (a virtualised tree) is read. Only the rows in view exist in the page,
// so the reader scrolls it with the mouse wheel. A wheel event moves the list by one notch
// (VS Code turns any Chromium wheel event into one notch of 50 px, whatever its delta), so the
// reader never assumes where a scroll lands: it looks at which rows are rendered after each one.
// The list is read when every row from index 0 to the row VS Code marks data-last-element has
// been rendered, and each file row's "N problems" equals the marker rows under it.
const MARKER_ROWS = '.markers-panel .monaco-list .monaco-list-row:not(.monaco-tree-sticky-row)';
const FILE_ROW = /^(\d+) problems? in file (.+?) of folder/;
const MAX_WHEEL_STEPS = 5000;
const MAX_PASSES = 3;

/** The rendered rows of the Problems list (sticky copies of file rows left out: they repeat a row). */
function renderedRows(page) {
  return page.evaluate((selector) => {
    const list = document.querySelector('.markers-panel .monaco-list');
    if (!list) return null;
    const view = list.getBoundingClientRect();
    const rows = [...document.querySelectorAll(selector)].map((row) => ({
      index: Number(row.getAttribute('data-index')),
      last: row.getAttribute('data-last-element') === 'true',
      level: Number(row.getAttribute('aria-level') ?? 0),
      setSize: Number(row.getAttribute('aria-setsize') ?? 0),
      expanded: row.getAttribute('aria-expanded'),
      aria: row.getAttribute('aria-label') ?? '',
      message: row.querySelector('.marker-message')?.textContent ?? null,
      source: row.querySelector('.marker-source')?.textContent ?? null,
      code: row.querySelector('.marker-code')?.textContent ?? null,
      position: row.querySelector('.marker-line')?.textContent ?? null,
      top: row.getBoundingClientRect().top,
    }));
    rows.sort((a, b) => a.index - b.index);
    return { viewHeight: view.height, rows };
  }, MARKER_ROWS);
}

/** Where the list stands: the first rendered row and its offset (changes with every scroll). */
function scrollMark(snapshot) {
  const first = snapshot?.rows[0];
  return first ? `${first.index}@${Math.round(first.top)}` : 'empty';
}

/**
 * Sends `notches` wheel notches (negative: up) and waits until the list has moved and stopped
 * moving. Returns the rows then rendered and whether the list moved at all (it does not at
 * either end).
 */
async function wheelAndSettle(page, notches, before) {
  for (let i = 0; i < Math.abs(notches); i++) await page.mouse.wheel(0, Math.sign(notches) * 100);
  const deadline = Date.now() + 1500;
  let previous = null;
  for (;;) {
    const snapshot = await renderedRows(page);
    const mark = scrollMark(snapshot);
    if (mark !== scrollMark(before) && previous !== null && mark === scrollMark(previous)) return { snapshot, moved: true };
    if (Date.now() > deadline) return { snapshot, moved: mark !== scrollMark(before) };
    previous = snapshot;
    await new Promise((r) => setTimeout(r, 40));
  }
}

/**
 * Checks that the rows read are the whole list: indices 0..last all seen, and every file row's
 * count equal to its marker rows (rows below a marker, aria-level 3, are its related information).
 * Returns { complete, files, issues } where files = [{ name, announced, read, collapsed }].
 */
function assessRows(rows) {
  const issues = [];
  const ordered = [...rows.values()].sort((a, b) => a.index - b.index);
  const lastRow = ordered.find((row) => row.last);
  if (!lastRow) issues.push(`the end of the list was not reached (rows up to index ${ordered.at(-1)?.index ?? '-'} read)`);
  const lastIndex = lastRow ? lastRow.index : (ordered.at(-1)?.index ?? -1);
  if (lastRow && ordered.at(-1).index !== lastIndex) issues.push(`rows after the last one (${lastIndex}): the list grew while it was read`);
  const missing = [];
  for (let i = 0; i <= lastIndex; i++) if (!rows.has(i)) missing.push(i);
  if (missing.length) issues.push(`rows never rendered: ${missing.length > 12 ? `${missing.slice(0, 12).join(', ')}...` : missing.join(', ')}`);
  const files = [];
  let fileSetSize = 0;
  for (const row of ordered) {
    const header = FILE_ROW.exec(row.aria);
    if (header) {
      files.push({ name: header[2], announced: Number(header[1]), read: 0, collapsed: row.expanded === 'false' });
      fileSetSize = row.setSize;
    } else if (row.level <= 2) {
      if (files.length === 0) issues.push(`row ${row.index} comes before any file row`);
      else files.at(-1).read++;
    }
  }
  for (const file of files) {
    if (file.read !== file.announced) {
      issues.push(`${file.name}: its row says ${file.announced} problems, ${file.read} rows read${file.collapsed ? ' (the file is collapsed)' : ''}`);
    }
  }
  if (fileSetSize && files.length !== fileSetSize) issues.push(`${files.length} file rows read, the tree has ${fileSetSize}`);
  return { complete: issues.length === 0, files, issues };
}

/**
 * Scrolls the list in `direction` (-1 up, 1 down) until `done(rows rendered)` or it stops moving,
 * passing every view to `record`. Each step is about half the visible height (measured from
 * how far the last notches moved a row seen before and after), so consecutive views overlap
 * and no row is skipped. Returns the last view.
 */
async function scrollRecording(page, direction, snapshot, done, record, stop) {
  let notches = 1;
  for (let step = 0; step < MAX_WHEEL_STEPS && !done(snapshot) && !stop(); step++) {
    const result = await wheelAndSettle(page, direction * notches, snapshot);
    if (!result.snapshot || !result.moved) return result.snapshot ?? snapshot;
    const common = result.snapshot.rows.find((row) => snapshot.rows.some((old) => old.index === row.index));
    if (common) {
      const moved = Math.abs(snapshot.rows.find((old) => old.index === common.index).top - common.top) / notches;
      if (moved > 0) notches = Math.max(1, Math.floor(result.snapshot.viewHeight / 2 / moved));
    }
    snapshot = result.snapshot;
    record(snapshot);
  }
  return snapshot;
}

/**
 * Every row of the Problems panel: scrolls its virtual list, half a view at a time, until each
 * row from the first to the one VS Code marks as the last has been rendered. Returns
 * [{ file, message, source, code, line, column }] for marker rows, with two properties:
 * `complete` (the whole list was read, see assessRows) and `detail` (what was read, and why it
 * is not complete).
 */
export async function readProblems(page) {
  await showProblems(page);
  await filterProblems(page, '');
  const list = page.locator('.markers-panel .monaco-list');
  if (!(await list.isVisible().catch(() => false))) {
    const empty = await page.locator('.markers-panel').innerText().then((text) => /No problems have been detected/.test(text)).catch(() => false);
    return Object.assign([], { complete: empty, detail: empty ? 'no problems in the workspace' : 'the Problems list is not shown' });
  }
  const box = await list.boundingBox();
  if (!box) return Object.assign([], { complete: false, detail: 'the Problems list has no size' });
  // Over the indent column: a row's message shows a tooltip under the pointer, which would take the wheel.
  await page.mouse.move(box.x + 4, box.y + box.height / 2);

  let rows = new Map();
  let verdict = { complete: false, files: [], issues: ['not read'] };
  for (let pass = 1; pass <= MAX_PASSES; pass++) {
    rows = new Map();
    let changed = null;
    const record = (snapshot) => {
      for (const row of snapshot?.rows ?? []) {
        const seen = rows.get(row.index);
        // A row read twice with other content: the list changed under the reader.
        if (seen && seen.aria !== row.aria) changed ??= `row ${row.index} changed while the list was read`;
        rows.set(row.index, row);
      }
    };
    // From wherever the list stands: up until row 0 has been rendered, then down until the last
    // row has (after a read the list stands at its end, so the next read only goes up).
    let snapshot = await renderedRows(page);
    record(snapshot);
    const atTop = (view) => view.rows.some((row) => row.index === 0);
    const atEnd = (view) => view.rows.some((row) => row.last);
    if (snapshot && !atTop(snapshot)) snapshot = await scrollRecording(page, -1, snapshot, atTop, record, () => changed);
    if (snapshot && !changed && ![...rows.values()].some((row) => row.last)) {
      snapshot = await scrollRecording(page, 1, snapshot, atEnd, record, () => changed);
    }
    verdict = assessRows(rows);
    if (changed) verdict = { ...verdict, complete: false, issues: [changed, ...verdict.issues] };
    else break; // one unchanged list read from its first row to its last; another pass would read the same
  }

  const problems = [];
  let file = null;
  for (const row of [...rows.values()].sort((a, b) => a.index - b.index)) {
    const header = FILE_ROW.exec(row.aria);
    if (header) {
      file = header[2];
      continue;
    }
    if (row.level > 2 || row.message === null) continue; // related information of a marker
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
  const summary = verdict.files.map((f) => `${f.name} ${f.read}/${f.announced}`).join(', ');
  problems.complete = verdict.complete;
  problems.detail = `${problems.length} marker rows read in ${verdict.files.length} files (${summary || 'none'})${verdict.issues.length ? `; incomplete: ${verdict.issues.join('; ')}` : ''}`;
  return problems;
}

/** Types into the Problems panel's filter box (empty string clears it). */
export async function filterProblems(page, text) {
  await showProblems(page);
  const input = page.locator('.viewpane-filter input, .markers-panel-action-filter input').first();
  await input.fill(text);
}

/**
 * Scrolls the Problems list (up to its first row, then down to its last) until a rendered row
 * meets `wanted` (a row as renderedRows reads it). Returns whether one does.
 */
async function scrollUntilRendered(page, wanted) {
  const box = await page.locator('.markers-panel .monaco-list').boundingBox();
  if (!box) return false;
  await page.mouse.move(box.x + 4, box.y + box.height / 2); // over the indent column, as readProblems does
  const found = (view) => Boolean(view?.rows.some(wanted));
  let snapshot = await renderedRows(page);
  if (!snapshot || found(snapshot)) return found(snapshot);
  const ignore = () => {};
  const never = () => false;
  snapshot = await scrollRecording(page, -1, snapshot, (view) => found(view) || view.rows.some((row) => row.index === 0), ignore, never);
  if (!found(snapshot)) snapshot = await scrollRecording(page, 1, snapshot, (view) => found(view) || view.rows.some((row) => row.last), ignore, never);
  return found(snapshot);
}

/**
 * What the status bar shows once the editor selects `range` (1-based, end column exclusive) the
 * way opening a problem does: the cursor at the range's end, and the count of selected characters.
 */
export function selectionStatus(range) {
  const at = `Ln ${range.endLine}, Col ${range.endColumn}`;
  if (range.line === range.endLine && range.column === range.endColumn) return { exact: at };
  if (range.line === range.endLine) return { exact: `${at} (${range.endColumn - range.column} selected)` };
  return { prefix: `${at} (` }; // over lines the count depends on line lengths; the end position decides
}

function statusMatches(status, expected) {
  return expected.exact !== undefined ? status === expected.exact : status.startsWith(expected.prefix) && status.endsWith(' selected)');
}

/**
 * Reveals one problem in its editor, the finding at `range` ({ line, column, endLine, endColumn }
 * as the CLI reports it): filters the Problems panel to the rule code, waits until the filtered
 * list has settled and shows the marker row with that code, whose message includes
 * messageIncludes and whose position reads "Ln line, Col column", focuses exactly that row and
 * opens it (Enter). It returns once `file` is the active tab, the editor has the focus and its
 * selection is the finding's range (the status bar's "Ln, Col (N selected)").
 *
 * Why so many waits: the Problems list is virtual and re-renders when the filter applies (after a
 * delay) or the server republishes, so a row element found a moment ago can show another marker
 * when clicked, and Enter opens whichever row has the focus then. Row order is never used.
 */
export async function revealProblem(page, { file, code, messageIncludes, range }) {
  if (!range) throw new Error('revealProblem needs the range of the finding to reveal');
  const position = `Ln ${range.line}, Col ${range.column}`;
  const wanted = `the ${code} finding "${messageIncludes}" at ${position} of ${file}`;
  const expectedStatus = selectionStatus(range);
  // Every marker row now rendered, with the finding's own row (by content) and which row has the focus.
  const markerRows = () =>
    page.evaluate(
      ({ code, messageIncludes, line, column }) => {
        const rows = [...document.querySelectorAll('.markers-panel .monaco-list .monaco-list-row:not(.monaco-tree-sticky-row)')];
        const text = (row, part) => row.querySelector(part)?.textContent ?? '';
        const isTarget = (row) => {
          const at = /Ln (\d+), Col (\d+)/.exec(text(row, '.marker-line'));
          return text(row, '.marker-code') === code && text(row, '.marker-message').includes(messageIncludes) && Number(at?.[1]) === line && Number(at?.[2]) === column;
        };
        // The filter has applied when every marker row shown contains its text (VS Code matches code and message).
        const markers = rows.filter((row) => row.querySelector('.marker-code'));
        const contains = (row) => `${text(row, '.marker-code')} ${text(row, '.marker-message')}`.toLowerCase().includes(code.toLowerCase());
        const focused = rows.find((row) => row.classList.contains('focused'));
        return {
          signature: rows.map((row) => `${row.getAttribute('data-index')}:${row.getAttribute('aria-label')}`).join('|'),
          filtered: markers.length > 0 && markers.every(contains),
          targets: rows.filter(isTarget).map((row) => row.getAttribute('data-index')),
          focusedIsTarget: Boolean(focused && isTarget(focused)),
        };
      },
      { code, messageIncludes, line: range.line, column: range.column },
    );
  const status = () => cursorPosition(page).then((text) => text.trim()).catch(() => '');
  const revealed = async () =>
    statusMatches(await status(), expectedStatus) &&
    page.evaluate((name) => document.querySelector('.tab.active')?.textContent?.includes(name), file);

  await showProblems(page);
  await waitUntil(
    `${wanted} opened with the editor's selection at ${expectedStatus.exact ?? `${expectedStatus.prefix}...)`}`,
    async () => {
      await filterProblems(page, code);
      // The filter applied (only rows of this code) and the list unchanged between two looks.
      let previous = null;
      const settled = await waitUntil(
        `the Problems list filtered to ${code} to show ${wanted}`,
        async () => {
          const now = await markerRows();
          const stable = previous !== null && now.signature === previous.signature;
          previous = now;
          if (stable && now.filtered && now.targets.length === 0) {
            // The list is virtual: the row may be outside the rendered part. Scroll it into view.
            await scrollUntilRendered(page, (row) => row.code === code && (row.message ?? '').includes(messageIncludes) && row.position?.match(/Ln (\d+), Col (\d+)/)?.slice(1).join(':') === `${range.line}:${range.column}`);
            previous = null;
            return false;
          }
          return stable && now.filtered && now.targets.length === 1 ? now : false;
        },
        10_000,
        150,
      ).catch(() => null);
      if (!settled) return false;
      const row = page.locator(`.markers-panel .monaco-list .monaco-list-row[data-index="${settled.targets[0]}"]`);
      await row.click();
      // Enter opens the focused row: only press it once the focus is on the finding's own row.
      const focusedOnTarget = await waitUntil("the finding's row to have the focus", async () => (await markerRows()).focusedIsTarget, 3000, 100).catch(() => false);
      if (!focusedOnTarget) return false;
      await page.keyboard.press('Enter');
      return waitUntil(`${file} to show the finding selected`, revealed, 10_000).catch(() => false);
    },
    MEDIUM,
  ).catch(async (error) => {
    throw new Error(`${error.message} (status bar: "${await status()}", active tab: "${await page.evaluate(() => document.querySelector('.tab.active')?.textContent ?? '').catch(() => '?')}")`);
  });
  await filterProblems(page, '');
  // The pointer leaves the Problems list: once the filter is cleared, another row lies under it,
  // and its hover would open over the editor and take the keyboard's next widget.
  await page.mouse.move(1, 1);
  // Back to the editor without touching its selection (a click would move the cursor).
  await page.keyboard.press('Control+1');
  await waitUntil('the editor to take focus', () =>
    page.evaluate(() => Boolean(document.activeElement?.closest('.part.editor .monaco-editor'))),
  );
  await waitUntil(`the editor's selection to stay at ${position}`, revealed, 10_000).catch(async (error) => {
    throw new Error(`${error.message} (status bar: "${await status()}")`);
  });
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
