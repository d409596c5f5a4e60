import type { Browser } from 'playwright-core';
import { EXAMPLE_QUERIES } from '../../src/server/playground/exampleQueries';
import { corpusStore } from '../graphql/support';
import { launchChromium, screenshot, watchForeignRequests } from '../support/launchChromium';
import { startApi, type RunningApi } from './support';

// As a new user would: open /graphql in a browser, see GraphiQL with the example tabs, run one.
describe('the GraphQL playground in a real browser', () => {
  let api: RunningApi;
  let browser: Browser;
  beforeAll(async () => {
    api = await startApi(await corpusStore());
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('loads from our own assets, runs the first example query and shows its answer, with no request leaving localhost', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const foreign = watchForeignRequests(page, api.url);
    const answers: unknown[] = [];
    page.on('response', async (response) => {
      if (response.url().endsWith('/graphql') && response.request().method() === 'POST') answers.push(await response.json());
    });
    await page.goto(`${api.url}/graphql`);
    await page.locator('.graphiql-tab').first().waitFor();
    expect(await page.locator('.graphiql-tab').count()).toBe(EXAMPLE_QUERIES.length);
    await page.locator('.graphiql-tab').getByText('ArticlesImposingDutiesOnAanbieder').waitFor();
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.result-window').getByText('articlesImposingDuties').waitFor();
    await screenshot(page, 'playground', 'first-example');
    expect(answers).toHaveLength(1);
    expect(JSON.stringify(answers[0])).toContain('"id":"eu:reg/2024/1689/art_16"');
    expect(foreign).toEqual([]);
  }, 60_000);
});
