/** A benchmark section: one named group of measurements that main.ts can run alone (`--only NAME`). */
import type { SectionResult } from './report.js';

export interface BenchContext {
  /** A new temporary directory, removed when the bench ends (also on failure or Ctrl-C). */
  tempDir(label: string): string;
  /** Progress on stderr, so that stdout holds only the tables. */
  log(message: string): void;
}

export interface Section {
  /** The name `--only` selects and the key of the section in the JSON file. */
  name: string;
  title: string;
  run(ctx: BenchContext): Promise<SectionResult>;
}
