import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import type { ExplorerHandle } from '../../src/server/explorer/client/explorer';
import { corpusStore } from '../graphql/support';
import { startApi, type RunningApi } from '../server/support';
import { launchChromium, screenshot } from '../support/launchChromium';
import { buildExplorerClient } from './buildExplorerClient';

const AIA_18 = 'urn:nl:ak:ver:aia-18';
const ART = (n: string) => `eu:reg/2024/1689/art_${n}`;
const BW_6_185 = 'nl:BWBR0005289/boek_6/art_185';
const MIRAGEL = 'ecli:NL:HR:2020:1082';
const ARTIFACTS = 'explorer';

type ExplorerState = ReturnType<ExplorerHandle['state']>;

/**
 * Waits until the explorer is idle and its state passes the check, then returns that state. Polled
 * from here: the page's Content-Security-Policy forbids the string evaluation waitForFunction uses.
 */
async function settled(page: Page | Frame, check: (state: ExplorerState) => boolean = () => true): Promise<ExplorerState> {
  const deadline = Date.now() + 15_000;
  let last: ExplorerState | null = null;
  while (Date.now() < deadline) {
    last = await page.evaluate(() => (window.explorer && !window.explorer.busy ? window.explorer.state() : null));
    if (last && check(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the explorer did not reach the expected state; last: ${JSON.stringify(last?.view)} ${last?.nodes.length} nodes, error ${await page.evaluate(() => window.explorer?.error)}`);
}

/** Clicks a node where cytoscape drew it, as a person would. */
async function clickNode(page: Page, id: string): Promise<void> {
  const point = await page.evaluate((nodeId) => {
    const node = (window.explorer as ExplorerHandle).cy.getElementById(nodeId);
    const box = document.getElementById('graph')?.getBoundingClientRect();
    if (node.empty() || !box) throw new Error(`${nodeId} is not drawn`);
    const at = node.renderedPosition();
    return { x: box.left + at.x, y: box.top + at.y };
  }, id);
  await page.mouse.click(point.x, point.y);
}

/** Types into a search field and chooses the suggestion for a node. */
async function choose(page: Page, field: string, text: string, id: string): Promise<void> {
  await page.fill(`#${field}`, text);
  await page.locator(`#${field}-list [data-id="${id}"]`).click();
}

const has = (state: ExplorerState, source: string, type: string, target: string) => state.edges.some((e) => e.source === source && e.type === type && e.target === target);

// As a person would: open /explore, search, click, share the link, ask for a path and the presets.
describe('the graph explorer in a real browser', () => {
  let api: RunningApi;
  let browser: Browser;
  let context: BrowserContext;
  const foreign: string[] = [];
  const pageErrors: string[] = [];
  let sharedUrl = '';

  beforeAll(async () => {
    buildExplorerClient();
    [api, browser] = await Promise.all([corpusStore().then((store) => startApi(store)), launchChromium()]);
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    // Every request of every page and frame in the context, whatever its kind (document, script, fetch, …).
    context.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(`${api.url}/`) && !url.startsWith('data:') && url !== 'about:blank') foreign.push(url);
    });
    context.on('page', (page) => {
      page.on('pageerror', (error) => pageErrors.push(error.message));
      // Failed loads are reported below with their URL; other console errors are the page's own.
      page.on('console', (message) => {
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) pageErrors.push(message.text());
      });
      page.on('response', (response) => {
        if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) pageErrors.push(`${response.status()} ${response.url()}`);
      });
    });
  }, 60_000);

  afterEach(() => {
    // Emptied after each check, so one failure is reported by the test that caused it only.
    expect(foreign.splice(0)).toEqual([]);
    expect(pageErrors.splice(0)).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  let page: Page;

  it('searches "aia-18" by keyboard and draws its neighbourhood, with Articles 20, 16(j) and 55 of the AI Act', async () => {
    page = await context.newPage();
    await page.goto(`${api.url}/explore`);
    await settled(page);
    await page.keyboard.press('/');
    await page.keyboard.type('aia-18');
    await page.locator(`#search-list [data-id="${AIA_18}"][aria-selected="true"]`).waitFor();
    await page.keyboard.press('Enter');
    const state = await settled(page, (s) => s.nodes.includes(AIA_18));

    for (const article of [ART('20'), ART('16/pnt_j'), ART('55')]) {
      expect(state.nodes).toContain(article);
      expect(has(state, AIA_18, 'CITES', article)).toBe(true);
    }
    expect(has(state, AIA_18, 'BINDS', 'role:aanbieder')).toBe(true);
    expect(state.selected).toBe(AIA_18);
    expect(new URL(state.url).searchParams.get('node')).toBe(AIA_18);
    // Drawn, not only held: every node lies inside the visible canvas.
    const outside = await page.evaluate(() => {
      const { cy } = window.explorer as ExplorerHandle;
      return cy.nodes().filter((n) => {
        const p = n.renderedPosition();
        return p.x < 0 || p.y < 0 || p.x > cy.width() || p.y > cy.height();
      }).length;
    });
    expect(outside).toBe(0);
    // The side panel: its Algoritmekader id and its citations as EUR-Lex links.
    await page.locator('#details [data-testid="node-id"]', { hasText: AIA_18 }).waitFor();
    expect(await page.locator('#details dt', { hasText: 'Algoritmekader-id' }).count()).toBe(1);
    expect(await page.locator('#details a[href^="https://eur-lex.europa.eu/"]').count()).toBeGreaterThanOrEqual(3);
    // The legend names the kinds in view.
    expect(await page.locator('#legend li[data-kind="Requirement"]:not(.dim)').count()).toBe(1);
    await screenshot(page, ARTIFACTS, '1-aia-18-neighbourhood');
  }, 30_000);

  it('expands Article 16(j) when it is clicked: Article 16 itself joins the graph, and the URL records it', async () => {
    const before = await settled(page);
    await clickNode(page, ART('16/pnt_j'));
    const after = await settled(page, (s) => s.expanded.length === 1);
    expect(after.expanded).toEqual([ART('16/pnt_j')]);
    expect(after.selected).toBe(ART('16/pnt_j'));
    expect(after.nodes).toContain(ART('16'));
    expect(has(after, ART('16/pnt_j'), 'PART_OF', ART('16'))).toBe(true);
    expect(after.nodes.length).toBeGreaterThan(before.nodes.length);
    expect(before.nodes.every((id) => after.nodes.includes(id))).toBe(true);
    expect(new URL(after.url).searchParams.getAll('expand')).toEqual([ART('16/pnt_j')]);
    await page.locator('#details a[href^="https://eur-lex.europa.eu/"]').first().waitFor();
    await screenshot(page, ARTIFACTS, '2-expanded-16j');
  }, 30_000);

  it('filters edge types and changes depth, both kept in the URL', async () => {
    await page.locator('#edge-filter input[value="IN_PHASE"]').uncheck();
    const filtered = await settled(page, (s) => s.hiddenTypes.includes('IN_PHASE') && s.view.hidden.includes('IN_PHASE'));
    expect(filtered.edges.filter((e) => e.type === 'IN_PHASE')).toEqual([]);
    expect(filtered.nodes).not.toContain('ak:levenscyclus/monitoring-en-beheer');
    expect(new URL(filtered.url).searchParams.getAll('hide')).toEqual(['IN_PHASE']);
    sharedUrl = filtered.url;

    const other = await context.newPage();
    await other.goto(`${api.url}/explore?node=${encodeURIComponent(ART('20'))}`);
    const one = await settled(other, (s) => s.nodes.length > 1);
    await other.selectOption('#depth', '2');
    const two = await settled(other, (s) => s.view.depth === 2 && s.nodes.length > one.nodes.length);
    expect(new URL(two.url).searchParams.get('depth')).toBe('2');
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    await other.close();
  }, 30_000);

  it('shows the same view to whoever follows the shared URL, also embedded in an iframe', async () => {
    const original = await settled(page);
    const fresh = await context.newPage();
    await fresh.goto(sharedUrl);
    const copy = await settled(fresh, (s) => s.nodes.length > 1);
    expect(copy.nodes).toEqual(original.nodes);
    expect(copy.edges).toEqual(original.edges);
    expect(copy.expanded).toEqual(original.expanded);
    expect(copy.selected).toBe(original.selected);
    expect(copy.hiddenTypes).toEqual(['IN_PHASE']);
    await screenshot(fresh, ARTIFACTS, '3-shared-url');
    await fresh.close();

    const host = await context.newPage();
    await host.goto(`${api.url}/healthz`);
    await host.setContent(`<iframe title="verkenner" src="${sharedUrl}&embed=1" width="900" height="600"></iframe>`);
    const frame = await (await host.waitForSelector('iframe')).contentFrame();
    if (!frame) throw new Error('the iframe has no frame');
    const embedded = await settled(frame, (s) => s.nodes.length > 1);
    expect(embedded.nodes).toEqual(original.nodes);
    expect(await frame.locator('header.bar').isVisible()).toBe(false);
    await screenshot(host, ARTIFACTS, '4-embedded');
    await host.close();
  }, 30_000);

  it('finds a path between aia-18 and BW 6:185, drawn in order from one to the other', async () => {
    await choose(page, 'path-from', 'aia-18', AIA_18);
    await choose(page, 'path-to', '6:185 BW', BW_6_185);
    await page.locator('#path-form button[type="submit"]').click();
    const state = await settled(page, (s) => s.view.to === BW_6_185 && s.nodes.includes(BW_6_185));
    expect(state.nodes).toContain(AIA_18);
    expect(state.nodes).toContain(BW_6_185);
    expect(state.edges).toHaveLength(state.nodes.length - 1);
    // A path: every node but the two ends touches exactly two of its edges.
    const degree = (id: string) => state.edges.filter((e) => e.source === id || e.target === id).length;
    for (const id of state.nodes) expect([id, degree(id)]).toEqual([id, id === AIA_18 || id === BW_6_185 ? 1 : 2]);
    const url = new URL(state.url);
    expect([url.searchParams.get('from'), url.searchParams.get('to')]).toEqual([AIA_18, BW_6_185]);
    await screenshot(page, ARTIFACTS, '5-path-aia-18-to-bw-6-185');
  }, 30_000);

  it('answers "which articles bind an aanbieder, and through which requirements?" with one preset', async () => {
    const started = Date.now();
    await page.selectOption('#preset-duties select[name="role"]', 'aanbieder');
    await page.selectOption('#preset-duties select[name="instrument"]', 'eu:reg/2024/1689');
    await page.locator('#preset-duties button[type="submit"]').click();
    const state = await settled(page, (s) => s.view.preset === 'duties' && s.nodes.length > 1);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(state.nodes).toContain('role:aanbieder');
    expect(state.nodes).toContain(ART('16'));
    expect(has(state, AIA_18, 'BINDS', 'role:aanbieder')).toBe(true);
    // aia-18 cites 16(j); the answer rolls that up to Article 16 and says so with a dashed edge.
    expect(state.edges).toContainEqual({ id: `${AIA_18}|CITES|${ART('16')}`, type: 'CITES', source: AIA_18, target: ART('16'), rolledUp: true });
    const article16 = page.locator('#result > ol > li', { has: page.locator(`button[data-id="${ART('16')}"]`) });
    expect(await article16.locator(`button[data-id="${AIA_18}"]`).count()).toBe(1);
    expect(state.nodes.filter((id) => id.startsWith('eu:reg/2024/1689/art_')).length).toBeGreaterThan(10);
    await screenshot(page, ARTIFACTS, '6-preset-duties-aanbieder');
  }, 30_000);

  it('answers "what cites Article 16" (also through 16(j)) and "liability routes" with presets', async () => {
    await page.fill('#preset-cites input[name="article"]', 'Artikel 16 AI-verordening');
    await page.locator('#preset-cites button[type="submit"]').click();
    const cites = await settled(page, (s) => s.view.preset === 'cites' && s.nodes.length > 1);
    expect(has(cites, AIA_18, 'CITES', ART('16/pnt_j'))).toBe(true);
    expect(has(cites, ART('16/pnt_j'), 'PART_OF', ART('16'))).toBe(true);
    await screenshot(page, ARTIFACTS, '7-preset-what-cites-16');

    await page.locator('#preset-liability button[type="submit"]').click();
    const routes = await settled(page, (s) => s.view.preset === 'liability' && s.nodes.length > 1);
    const producer = routes.edges.filter((e) => e.type === 'BORNE_BY' && e.target === 'actor:producent').map((e) => e.source);
    expect(producer.length).toBeGreaterThan(0);
    expect(producer.some((route) => has(routes, route, 'RESTS_ON', BW_6_185))).toBe(true);
    expect(routes.edges.some((e) => e.type === 'HAS_DEFENCE')).toBe(true);
    // Citations as links to where they are published: the ruling on rechtspraak.nl, BW on wetten.overheid.nl.
    await page.locator(`#result button[data-id="${MIRAGEL}"]`).first().click();
    await page.locator(`#details a[href="https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:HR:2020:1082"]`).waitFor();
    await page.locator(`#result button[data-id="${BW_6_185}"]`).first().click();
    await page.locator('#details a[href^="https://wetten.overheid.nl/"]').waitFor();
    expect((await settled(page)).selected).toBe(BW_6_185);
    await screenshot(page, ARTIFACTS, '8-preset-liability-routes');
  }, 30_000);

  it('stays readable on a narrow screen: graph first, details below, nothing wider than the screen', async () => {
    const narrow = await context.newPage();
    await narrow.setViewportSize({ width: 390, height: 844 });
    await narrow.goto(`${api.url}/explore?node=${encodeURIComponent(AIA_18)}`);
    await settled(narrow, (s) => s.nodes.length > 1);
    const graphBox = await narrow.locator('#graph').boundingBox();
    const panelBox = await narrow.locator('#panel').boundingBox();
    expect(graphBox?.height).toBeGreaterThan(300);
    expect(panelBox?.y).toBeGreaterThanOrEqual((graphBox?.y ?? 0) + (graphBox?.height ?? 0));
    expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(narrow, ARTIFACTS, '9-narrow-screen');
    await narrow.close();
  }, 30_000);
});
