/**
 * Collects outputs and writes them together once the action has succeeded, so a failing step never
 * leaves a subset of its outputs for a downstream step to trust.
 */
import * as core from '@actions/core';

export class Outputs {
  private readonly values = new Map<string, string>();

  set(name: string, value: unknown): this {
    this.values.set(name, typeof value === 'string' ? value : JSON.stringify(value));
    return this;
  }

  /** Writes every collected output through the runner's GITHUB_OUTPUT file. */
  flush(): void {
    for (const [name, value] of this.values) core.setOutput(name, value);
  }

  toJSON(): Record<string, string> {
    return Object.fromEntries(this.values);
  }
}
