import cliProgress from 'cli-progress';

/** A progress sink: a bar with ETA on a terminal, a plain line per 10% otherwise (logs, CI). */
export interface Progress {
  update(stage: string, done: number, total: number): void;
  stop(): void;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { stream, format: '{stage} [{bar}] {value}/{total} | ETA {eta_formatted}', hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    let stage = '';
    return {
      update(s, done, total) {
        if (s !== stage) {
          if (stage) bar.stop();
          stage = s;
          bar.start(total, done, { stage: s.padEnd(5) });
        } else bar.update(done);
      },
      stop: () => {
        if (stage) bar.stop();
      },
    };
  }
  const last = new Map<string, number>();
  return {
    update(stage, done, total) {
      const decile = total === 0 ? 10 : Math.floor((done / total) * 10);
      if (last.get(stage) === decile) return;
      last.set(stage, decile);
      stream.write(`${stage}: ${done}/${total}\n`);
    },
    stop() {},
  };
}
