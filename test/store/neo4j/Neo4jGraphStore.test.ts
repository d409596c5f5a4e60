import { createServer } from 'node:net';
import { runIngest } from '../../../ingest/runIngest';
import { Neo4jGraphStore } from '../../../src/store/neo4j/Neo4jGraphStore';
import { sharedPath } from '../../support/sharedPath';
import { defineGraphStoreContract } from '../defineGraphStoreContract';

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('Neo4jGraphStore against an unreachable server', () => {
  const password = 'not-a-real-secret-4711';
  let store: Neo4jGraphStore;
  beforeAll(async () => {
    store = new Neo4jGraphStore({ uri: `bolt://127.0.0.1:${await closedPort()}`, user: 'neo4j', password, retryBudgetMs: 1000 });
  });
  afterAll(() => store.close());

  it('fails to start with STORE_UNAVAILABLE within a few seconds, without leaking the password', async () => {
    const started = Date.now();
    const error = await store.init().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect(String((error as Error).message)).not.toContain(password);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('fails reads the same way', async () => {
    const started = Date.now();
    await expect(store.getNodes(['x'])).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('reports itself unhealthy, with a reason and no secret', async () => {
    const health = await store.health();
    expect(health).toMatchObject({ ok: false, store: 'neo4j', message: expect.any(String) });
    expect(JSON.stringify(health)).not.toContain(password);
  });

  it('refuses to be configured without a URI or a password', () => {
    expect(() => Neo4jGraphStore.fromEnv({})).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID' }));
    expect(() => Neo4jGraphStore.fromEnv({ NEO4J_URI: 'bolt://localhost:7687' })).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID' }));
  });
});

if (process.env.NEO4J_URI) {
  defineGraphStoreContract(
    'neo4j',
    async () => {
      const store = Neo4jGraphStore.fromEnv();
      await store.init();
      return store;
    },
    { corpusBatch: () => runIngest({ sources: [sharedPath('corpus', 'algoritmekader'), sharedPath('seeds', '002_744ab01baf7af314.txt')] }) },
  );
} else {
  describe('GraphStore contract: neo4j', () => {
    beforeAll(() => {
      console.log('neo4j contract suite skipped: NEO4J_URI is not set (the GitHub workflow runs it against a Neo4j 5 service)');
    });
    it.skip('runs against a real Neo4j when NEO4J_URI is set', () => undefined);
  });
}
