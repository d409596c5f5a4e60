import { SingleBar, Presets } from 'cli-progress';

/** A progress callback that draws a bar on a terminal and stays silent when output is piped or in CI. */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr) {
  if (!stream.isTTY) return { update: (_done: number, _total: number) => undefined, stop: () => undefined };
  const bar = new SingleBar({ format: `${label} [{bar}] {value}/{total} files`, stream, hideCursor: true }, Presets.shades_classic);
  let started = false;
  return {
    update(done: number, total: number) {
      if (!started) {
        bar.start(total, done);
        started = true;
      } else bar.update(done);
    },
    stop: () => started && bar.stop(),
  };
}
