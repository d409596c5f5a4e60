import { promises as fs } from 'node:fs';
import path from 'node:path';
import { KgError } from '../../domain/errors';
import type { GraphBatch } from '../../domain/GraphBatch';

const FORMAT = 'rechtsgraaf-snapshot';
const VERSION = 1;

/**
 * Writes the graph atomically: to a temporary file in the same folder, flushed to disk, then renamed
 * over the old snapshot (and the folder flushed), so a crash at any moment leaves either the old
 * file or the new one, never half of one.
 */
export async function writeSnapshot(file: string, batch: GraphBatch): Promise<void> {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.mkdir(dir, { recursive: true });
    const handle = await fs.open(temp, 'w');
    try {
      await handle.writeFile(JSON.stringify({ format: FORMAT, version: VERSION, nodes: batch.nodes, edges: batch.edges }));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, file);
    const folder = await fs.open(dir, 'r');
    try {
      await folder.sync();
    } finally {
      await folder.close();
    }
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw new KgError('STORE_WRITE_FAILED', `cannot write the snapshot ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { cause: error });
  }
}

/** Reads a snapshot; `undefined` when there is none, `SNAPSHOT_INVALID` when it is not one of ours. */
export async function readSnapshot(file: string): Promise<GraphBatch | undefined> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new KgError('SNAPSHOT_INVALID', `cannot read the snapshot ${file}: ${(error as NodeJS.ErrnoException).code}`, { cause: error });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new KgError('SNAPSHOT_INVALID', `the snapshot ${file} is not valid JSON; move it away or run an ingest to replace it`);
  }
  const snapshot = parsed as { format?: unknown; version?: unknown; nodes?: unknown; edges?: unknown };
  if (snapshot?.format !== FORMAT || snapshot.version !== VERSION || !Array.isArray(snapshot.nodes) || !Array.isArray(snapshot.edges)) {
    throw new KgError('SNAPSHOT_INVALID', `${file} is not a version ${VERSION} snapshot of this project`);
  }
  return { nodes: snapshot.nodes, edges: snapshot.edges } as GraphBatch;
}
