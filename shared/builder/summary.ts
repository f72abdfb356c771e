/** The builder part of setup-builder's job summary. Pure. */
import { cell } from '../format/markdown.js';
import { displayCommand } from '../runtime/command-line.js';
import type { BuilderResult } from './lifecycle.js';

/** What the summary shows about the daemon settings. */
export interface ConfigReport {
  /** The buildkitd.toml text. */
  toml: string;
  /** Where it was written, when the driver reads it. */
  file?: string;
  /** daemon.json keys giving dockerd's BuildKit the same settings (docker driver). */
  dockerd?: Record<string, unknown>;
  maxParallelism: number;
}

/** The builder part of the job summary: the builder, its daemon config, emulation, commands. */
export function renderBuilderSummary(
  r: BuilderResult,
  config: ConfigReport,
  emulation: { platform: string; action: string; detail: string }[],
): string {
  const lines = [
    `### Builder \`${r.name}\``,
    '',
    '| name | driver | endpoint | status | BuildKit | platforms | created by this run |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const n of r.info.nodes) {
    lines.push(
      `| ${cell(n.name || r.name)} | ${r.driver} | \`${cell(n.endpoint ?? r.endpoint)}\` | ${cell(n.status ?? '')} | ${cell(n.buildkit ?? '')} | ${cell(n.platforms.join(', '))} | ${r.created ? 'yes' : 'no'} |`,
    );
  }
  lines.push('', `buildx ${r.buildxVersion}.`, '', '#### BuildKit daemon settings', '');
  if (config.file) {
    lines.push(
      `Written to \`${config.file}\` and passed to \`docker buildx create\`:`,
      '',
      '```toml',
      config.toml.trimEnd(),
      '```',
    );
  } else if (r.driver === 'docker') {
    lines.push(
      "The `docker` driver builds with dockerd's embedded BuildKit, which reads no buildkitd.toml: its settings come from dockerd's `daemon.json`. " +
        'These daemon.json keys give it the same garbage collection, mirrors and insecure registries' +
        (config.maxParallelism > 0 ? ' (max-parallelism has no dockerd equivalent)' : '') +
        ':',
      '',
      '```json',
      JSON.stringify(config.dockerd ?? {}, null, 2),
      '```',
    );
  } else {
    lines.push(
      'A `remote` builder is a buildkitd started elsewhere, with its own config: nothing was written. Start it with this buildkitd.toml to apply the settings:',
      '',
      '```toml',
      config.toml.trimEnd(),
      '```',
    );
  }
  if (emulation.length > 0) {
    lines.push('', '#### QEMU emulation', '', '| platform | action |', '|---|---|');
    for (const e of emulation)
      lines.push(`| ${e.platform} | ${cell(e.action)}${e.detail ? `: ${cell(e.detail)}` : ''} |`);
  }
  lines.push(
    '',
    '<details><summary>Commands</summary>',
    '',
    '```sh',
    ...r.commands.map(([cmd, ...args]) => displayCommand(cmd!, args)),
    '```',
    '',
    '</details>',
    '',
  );
  return lines.join('\n');
}
