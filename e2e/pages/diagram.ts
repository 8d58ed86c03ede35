import { expect, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { collectProblems, type PageProblems } from '../helpers/errors.ts';
import { layoutShifts } from '../helpers/layout.ts';

/**
 * A live diagram on a page, found by its figure id, driven the way a reader does: through its
 * labelled controls. Every diagram renders the same frame (src/diagrams/kit/DiagramFrame.tsx), so
 * this object works for all of them.
 */
export class Diagram {
  readonly page: Page;
  readonly id: string;
  readonly figure: Locator;

  constructor(page: Page, id: string) {
    this.page = page;
    this.id = id;
    this.figure = page.locator(`figure#${id}`);
  }

  /** The page path with this diagram's state in the query, e.g. `{ cores: 3, t: 120 }`. */
  static href(path: string, id: string, params: Record<string, string | number> = {}): string {
    const query = Object.entries(params)
      .map(([k, v]) => `${encodeURIComponent(`${id}.${k}`)}=${encodeURIComponent(String(v))}`)
      .join('&');
    return `${path}${query ? `?${query}` : ''}#${id}`;
  }

  /** Opens `url` (a page path, maybe with a query) and waits until diagram `id` works. */
  static async open(page: Page, url: string, id: string): Promise<Diagram> {
    await page.goto(url);
    const diagram = new Diagram(page, id);
    await diagram.hydrated();
    return diagram;
  }

  button(name: string): Locator {
    return this.figure.getByRole('button', { name, exact: true });
  }

  /** Play or Pause, whichever the toggle says now. */
  get playToggle(): Locator {
    return this.figure.getByRole('button', { name: /^(Play|Pause)$/ });
  }

  slider(label: string): Locator {
    return this.figure.getByRole('slider', { name: label, exact: true });
  }

  /** An option of a radio group (a Choice control), by its visible label. */
  radio(name: string | RegExp): Locator {
    return this.figure.getByRole('radio', typeof name === 'string' ? { name, exact: true } : { name });
  }

  /** A checkbox control, by its visible label. */
  checkbox(name: string | RegExp): Locator {
    return this.figure.getByRole('checkbox', typeof name === 'string' ? { name, exact: true } : { name });
  }

  get time(): Locator {
    return this.slider('Time');
  }

  get narration(): Locator {
    return this.figure.getByRole('status', { name: 'Narration' });
  }

  /** The timeline picture (an SVG with role img, named after its lanes and span of time). */
  get timeline(): Locator {
    return this.figure.getByRole('img', { name: /^Timeline of / });
  }

  get description(): Locator {
    return this.figure.locator(`#${this.id}-description`);
  }

  get link(): Locator {
    return this.figure.getByRole('link', { name: 'Link to this diagram', exact: true });
  }

  get notice(): Locator {
    return this.figure.getByRole('status').filter({ hasText: "This link's settings could not all be restored" });
  }

  get transcript(): Locator {
    return this.figure.locator('details').filter({ has: this.page.getByText('Transcript', { exact: true }) });
  }

  /** One chip per task, "A running", "B ready", …, at the playhead's time. */
  get taskStates(): Locator {
    return this.figure.getByRole('list', { name: 'Task states' }).getByRole('listitem');
  }

  /** Lane labels drawn in the timeline ("Core 0", "Worker 1", …). */
  get laneLabels(): Locator {
    return this.figure.locator('svg text').filter({ hasText: /^(Core|Worker) \d+$/ });
  }

  /**
   * Scrolls the figure into view (islands hydrate when visible) and waits for its controls to work.
   * Every frame has a Copy link button, disabled until the island has hydrated, with or without a player.
   */
  async hydrated(): Promise<void> {
    await this.figure.scrollIntoViewIfNeeded();
    await expect(this.button('Copy link')).toBeEnabled();
  }

  async value(slider: Locator): Promise<number> {
    return Number(await slider.inputValue());
  }

  /** The link's target as an absolute URL. */
  async linkUrl(): Promise<string> {
    return this.link.evaluate((a) => (a as HTMLAnchorElement).href);
  }

  /** The layout-shift scores the page has recorded since it loaded: empty means CLS 0. */
  async layoutShifts(): Promise<number[]> {
    return layoutShifts(this.page);
  }

  /**
   * Rounded [width, height] of the boxes `pick` chooses, in diagram `id` on a fresh page at `path`,
   * `width` px wide (1280 when only `true`/`false` is given), with or without JavaScript:
   * hydration must leave them all unchanged.
   */
  static async boxSizes(
    browser: Browser,
    path: string,
    id: string,
    how: boolean | { width: number; javaScriptEnabled: boolean },
    pick: (diagram: Diagram) => Locator[],
  ): Promise<number[]> {
    const options = typeof how === 'boolean' ? { width: 1280, javaScriptEnabled: how } : how;
    const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled, viewport: { width: options.width, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(path);
      const diagram = new Diagram(page, id);
      if (options.javaScriptEnabled) await diagram.hydrated();
      else await diagram.figure.scrollIntoViewIfNeeded();
      const boxes = await Promise.all(
        pick(diagram).map(async (l) => {
          const box = await l.boundingBox();
          return box ? [Math.round(box.width), Math.round(box.height)] : [-1, -1];
        }),
      );
      return boxes.flat();
    } finally {
      await context.close();
    }
  }

  /** Waits until the page has painted `frames` more animation frames (not a fixed sleep). */
  async frames(frames: number): Promise<void> {
    await this.page.evaluate(
      (n) =>
        new Promise<void>((resolve) => {
          let left = n;
          const tick = (): void => {
            left -= 1;
            if (left <= 0) resolve();
            else requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        }),
      frames,
    );
  }

  /**
   * Opens `path` in a fresh 1280 × 900 context with or without JavaScript, with diagram `id`
   * scrolled into view (and hydrated, with JavaScript): for comparing the server HTML with the
   * hydrated page. Close the context when done.
   */
  static async openFresh(browser: Browser, path: string, id: string, javaScriptEnabled: boolean): Promise<{ diagram: Diagram; close: () => Promise<void> }> {
    const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(path);
    const diagram = new Diagram(page, id);
    if (javaScriptEnabled) await diagram.hydrated();
    else await diagram.figure.scrollIntoViewIfNeeded();
    return { diagram, close: () => context.close() };
  }

  /** Each box's width and height in whole CSS pixels, flattened ([-1, -1] for one not rendered). */
  static async sizes(locators: readonly Locator[]): Promise<number[]> {
    const boxes = await Promise.all(
      locators.map(async (l) => {
        const box = await l.boundingBox();
        return box ? [Math.round(box.width), Math.round(box.height)] : [-1, -1];
      }),
    );
    return boxes.flat();
  }

  /** The page's cumulative layout shift so far (0 when nothing moved), after two more frames. */
  async layoutShift(): Promise<number> {
    return (await layoutShifts(this.page)).reduce((sum, v) => sum + v, 0);
  }

  /**
   * The value of every control in the figure, by element id: sliders, number fields and selects
   * by value, checkboxes and radio buttons by whether they are checked. Works for any diagram.
   */
  async controlValues(): Promise<Record<string, string>> {
    return Diagram.controlValuesIn(this.figure);
  }

  /**
   * Changes every control once, by keyboard, the way a reader would: parameters first, the Time
   * slider last (a new run may clamp the playhead). Sliders step right (left at their maximum),
   * number fields up (down at their maximum), checkboxes toggle, radio groups move to the next
   * option, selects to the next option.
   */
  async changeEveryControl(): Promise<void> {
    const timeId = `${this.id}-time`;
    const controls = await this.figure.locator('input:not([disabled]):not([type="hidden"]), select:not([disabled])').all();
    const described = await Promise.all(
      controls.map(async (control) => ({
        control,
        ...(await control.evaluate((el) => ({
          id: el.id,
          type: el instanceof HTMLInputElement ? el.type : 'select',
          name: el.getAttribute('name') ?? '',
          atMax: el instanceof HTMLInputElement && el.max !== '' && Number(el.value) >= Number(el.max),
          checked: el instanceof HTMLInputElement && el.checked,
        }))),
      })),
    );
    described.sort((a, b) => Number(a.id === timeId) - Number(b.id === timeId));
    const radioGroups = new Set<string>();
    for (const c of described) {
      if (c.type === 'radio') {
        if (!c.checked || radioGroups.has(c.name)) continue;
        radioGroups.add(c.name);
      }
      await c.control.focus();
      const key =
        c.type === 'range' ? (c.atMax ? 'ArrowLeft' : 'ArrowRight')
        : c.type === 'number' ? (c.atMax ? 'ArrowDown' : 'ArrowUp')
        : c.type === 'checkbox' ? 'Space'
        : 'ArrowDown';
      await this.page.keyboard.press(key);
    }
  }

  /** controlValues() of a figure found some other way (in an <iframe>, say). */
  static async controlValuesIn(figure: Locator): Promise<Record<string, string>> {
    return figure.evaluate((figure) => {
      const values: Record<string, string> = {};
      for (const el of figure.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) {
        const key = el.id || `${el.getAttribute('name') ?? ''}=${el.value}`;
        values[key] = el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio') ? String(el.checked) : el.value;
      }
      return values;
    });
  }

  /** Moves the playhead `events` event instants forward with the keyboard, and returns its time. */
  async stepTime(events: number): Promise<number> {
    await this.time.focus();
    for (let i = 0; i < events; i++) await this.page.keyboard.press('ArrowRight');
    return this.value(this.time);
  }

  /**
   * Opens the diagram's current link in a new page of `context`, recording that page's problems
   * from the start, and waits for the diagram there to hydrate.
   */
  async openLinkInNewPage(context: BrowserContext): Promise<{ restored: Diagram; problems: PageProblems; url: string }> {
    const url = await this.linkUrl();
    const fresh = await context.newPage();
    const problems = collectProblems(fresh);
    await fresh.goto(url);
    const restored = new Diagram(fresh, this.id);
    await restored.hydrated();
    return { restored, problems, url };
  }
}
