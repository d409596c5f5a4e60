import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runIngest } from '../../../ingest/runIngest';
import { MemoryGraphStore } from '../../../src/store/memory/MemoryGraphStore';
import { sharedPath } from '../../support/sharedPath';
import { defineGraphStoreContract } from '../defineGraphStoreContract';
import { smallGraph } from '../fixtures/smallGraph';

defineGraphStoreContract(
  'memory',
  async () => {
    const store = new MemoryGraphStore();
    await store.init();
    return store;
  },
  { corpusBatch: () => runIngest({ sources: [sharedPath('corpus', 'algoritmekader'), sharedPath('seeds', '002_744ab01baf7af314.txt')] }) },
);

describe('MemoryGraphStore snapshots', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-snapshot-'));

  it('survives a restart: a new store on the same file reads the same graph', async () => {
    const file = path.join(dir, 'restart.json');
    const first = new MemoryGraphStore({ snapshotPath: file });
    await first.init();
    await first.replaceGraph(smallGraph());
    await first.close();
    const second = new MemoryGraphStore({ snapshotPath: file });
    await second.init();
    expect(await second.exportGraph()).toEqual(smallGraph());
  });

  it('refuses a corrupt snapshot with SNAPSHOT_INVALID instead of starting half-loaded', async () => {
    const file = path.join(dir, 'corrupt.json');
    writeFileSync(file, '{"format":"rechtsgraaf-snapshot","version":1,"nodes":[');
    await expect(new MemoryGraphStore({ snapshotPath: file }).init()).rejects.toMatchObject({ code: 'SNAPSHOT_INVALID' });
    writeFileSync(file, JSON.stringify({ format: 'other', nodes: [], edges: [] }));
    await expect(new MemoryGraphStore({ snapshotPath: file }).init()).rejects.toMatchObject({ code: 'SNAPSHOT_INVALID' });
  });

  it('keeps the old graph in memory when the snapshot cannot be written', async () => {
    const file = path.join(dir, 'blocked.json');
    const store = new MemoryGraphStore({ snapshotPath: file });
    await store.replaceGraph(smallGraph());
    // Put a non-empty folder where the snapshot is, so the final rename fails (permissions do not stop root).
    rmSync(file);
    mkdirSync(path.join(file, 'inside'), { recursive: true });
    await expect(store.replaceGraph({ nodes: [], edges: [] })).rejects.toMatchObject({ code: 'STORE_WRITE_FAILED' });
    expect(await store.exportGraph()).toEqual(smallGraph());
  });

  it('leaves a loadable snapshot when the writing process is killed mid-write', async () => {
    const file = path.join(dir, 'killed.json');
    const big = await runIngest({ sources: [sharedPath('corpus', 'algoritmekader')] });
    const seed = new MemoryGraphStore({ snapshotPath: file });
    await seed.replaceGraph(smallGraph());
    // The child writes the big graph over and over with the real writer; we kill it at a random moment.
    const batchFile = path.join(dir, 'big-batch.json');
    writeFileSync(batchFile, JSON.stringify(big.batch));
    const writer = path.resolve(__dirname, '..', '..', '..', 'dist', 'src', 'store', 'memory', 'snapshotFile.js');
    const script = `const { writeSnapshot } = require(${JSON.stringify(writer)}); const b = require(${JSON.stringify(batchFile)});
      (async () => { process.send('ready'); for (;;) await writeSnapshot(${JSON.stringify(file)}, b); })();`;
    for (let round = 0; round < 3; round++) {
      const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
      await new Promise((resolve) => child.once('message', resolve));
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 400));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
      const reopened = new MemoryGraphStore({ snapshotPath: file });
      await reopened.init();
      const graph = await reopened.exportGraph();
      expect([smallGraph().nodes.length, big.batch.nodes.length]).toContain(graph.nodes.length);
    }
  });
});
