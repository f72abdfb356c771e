/** The build's steps as a plain-text log, printed while buildx runs. */
import type { ProgressCollector, Vertex } from './rawjson.js';
import { formatDuration } from '../format/duration.js';
import { toStep } from './steps.js';

/**
 * The build's steps as a readable log, like `--progress=plain`, printed while the build runs: each
 * step once it has finished (DONE with its time, CACHED, or ERROR), with its RUN output, numbered in
 * the order BuildKit first reported them. `finish` prints what never finished (a failed build).
 */
export class LiveStepLog {
  private readonly printed = new Set<string>();
  constructor(
    private readonly progress: ProgressCollector,
    private readonly print: (text: string) => void,
  ) {}

  /** Prints the steps that finished since the last call. */
  update(): void {
    this.emit((v) => Boolean(v.completed || v.error));
  }

  /** Prints every step not printed yet. */
  finish(): void {
    this.emit(() => true);
  }

  private emit(ready: (v: Vertex) => boolean): void {
    const lines: string[] = [];
    let n = 0;
    for (const v of this.progress.vertexes.values()) {
      n++;
      if (this.printed.has(v.digest) || !ready(v)) continue;
      this.printed.add(v.digest);
      const s = toStep(v);
      const state = s.error
        ? `ERROR: ${s.error}`
        : s.cached
          ? 'CACHED'
          : v.completed
            ? `DONE ${formatDuration(s.durationMs)}`
            : 'NOT FINISHED';
      lines.push(`#${n} ${s.name} ${state}`);
      const log = this.progress.logs.get(v.digest);
      if (log) for (const l of log.replace(/\n$/, '').split('\n')) lines.push(`#${n}   ${l}`);
    }
    if (lines.length) this.print(lines.join('\n'));
  }
}
