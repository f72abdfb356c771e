/** scan-image's inputs, each checked before the first registry call or Trivy run. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { readBuildResult } from '../../shared/contracts/build-result.js';
import { matchFiles } from '../../shared/compose/glob-files.js';
import { SEVERITIES, type Severity } from '../../shared/scan/report.js';
import { parseIgnoreFile, type IgnoreRule } from '../../shared/scan/ignore-file.js';
import { rank } from '../../shared/scan/severity.js';
import { loadManifest } from '../../shared/manifest/file.js';
import { EMPTY_MANIFEST, type Manifest } from '../../shared/manifest/settings.js';
import { InputError } from '../../shared/runtime/errors.js';
import { POLICY_MODES, type PolicyMode } from '../../shared/scan/policy.js';
import { getBool, getEnum, getList, getString } from '../../shared/runtime/inputs.js';

/** An image to scan, with what its build result says of it (nothing for a plain reference). */
export interface ImageInput {
  ref: string;
  /** The plan key the image was built for: its manifest policy applies. */
  service?: string;
  /** The base image the build resolved. */
  base?: string;
}

export interface Inputs {
  /** Images to scan: `images`, then those of the `result-files`. */
  images: ImageInput[];
  policy: PolicyMode;
  /** The plan manifest (its policy settings); EMPTY_MANIFEST when there is none. */
  manifest: Manifest;
  trivy: string;
  threshold: Severity;
  failOn: Severity[];
  ignoreUnfixed: boolean;
  ignoreRules: IgnoreRule[];
  insecureRegistries: string[];
  dbRepository: string;
  skipDbUpdate: boolean;
  sarifFile: string;
  resultFile: string;
  reportDir: string;
  cacheDir: string;
}

/**
 * `fail-on`: severities, comma- or space-separated; `none` never fails. Unset is the action.yml
 * default (the runner passes it; a terminal run does not), HIGH,CRITICAL.
 */
function failOnList(): Severity[] {
  const raw = getString('fail-on') || 'HIGH,CRITICAL';
  if (raw.toLowerCase() === 'none') return [];
  const list = raw
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((s) => s.toUpperCase());
  const bad = list.filter((s) => !(SEVERITIES as readonly string[]).includes(s));
  if (bad.length)
    throw new InputError(`'${bad.join(', ')}' is not a severity.`, {
      input: 'fail-on',
      fix: `use ${SEVERITIES.join(', ')}, comma-separated, or none.`,
    });
  return list as Severity[];
}

async function resultFileImages(workspace: string): Promise<ImageInput[]> {
  const globs = getList('result-files');
  const files = new Set((await matchFiles(globs, workspace)).flatMap((m) => m.files));
  if (globs.length && !files.size)
    throw new InputError(`no file matches ${globs.join(', ')}.`, {
      input: 'result-files',
      fix: "give build-service's `result-file` output, or a glob of the files it wrote (relative to the workspace).",
    });
  return [...files].sort().map((f) => {
    const r = readBuildResult(f);
    if (!r.ref)
      throw new InputError(`${f}: the build pushed no image (its ref is empty).`, {
        input: 'result-files',
        fix: 'scan only builds that push (push: true).',
      });
    return { ref: r.ref, service: r.service, ...(r.base && { base: r.base }) };
  });
}

export async function getInputs(env = process.env): Promise<Inputs> {
  const workspace = env['GITHUB_WORKSPACE'] || process.cwd();
  const temp = env['RUNNER_TEMP'] || tmpdir();
  const images = [...getList('images').map((ref) => ({ ref })), ...(await resultFileImages(workspace))];
  if (!images.length)
    throw new InputError('names no image.', { input: 'images', fix: 'set `images` or `result-files`.' });

  // Empty: the pinned Trivy (shared/tools/trivy.ts), installed in main.
  const trivy = getString('trivy-path');
  if (trivy && !(existsSync(trivy) && statSync(trivy).isFile()))
    throw new InputError(`'${trivy}' is not a file.`, {
      input: 'trivy-path',
      fix: 'give the path of the trivy binary, or leave it empty for the pinned release.',
    });

  const threshold = getEnum('severity', SEVERITIES, 'UNKNOWN');
  const failOn = failOnList();
  const under = failOn.filter((s) => rank(s) < rank(threshold));
  if (under.length)
    throw new InputError(
      `${under.join(', ')} is below the \`severity\` threshold ${threshold} and could never fail.`,
      {
        input: 'fail-on',
        fix: 'lower `severity` or remove those levels from `fail-on`.',
      },
    );

  const ignoreFile = getString('ignore-file');
  let ignoreRules: IgnoreRule[] = [];
  if (ignoreFile) {
    const path = resolve(workspace, ignoreFile);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      throw new InputError(`'${ignoreFile}' cannot be read (${path}).`, {
        input: 'ignore-file',
        fix: 'give a .trivyignore or .trivyignore.yaml of the checkout, relative to the workspace.',
      });
    }
    ignoreRules = parseIgnoreFile(text, ignoreFile);
  }
  const dbRepository = getString('db-repository');
  const skipDbUpdate = getBool('skip-db-update', false);
  if (dbRepository && skipDbUpdate)
    throw new InputError('is set together with `db-repository`.', {
      input: 'skip-db-update',
      fix: 'either update the DB from the mirror, or skip the update and use the cached DB.',
    });
  const policy = getEnum('policy', POLICY_MODES, 'enforce');
  // Read only when the policy is checked; a missing default file is no manifest.
  const manifest =
    policy === 'off' ? EMPTY_MANIFEST : await loadManifest(workspace, getString('manifest') || undefined);
  const toolCache = env['RUNNER_TOOL_CACHE'] || join(temp, 'tool-cache');
  return {
    images,
    policy,
    manifest,
    trivy,
    threshold,
    failOn,
    ignoreUnfixed: getBool('ignore-unfixed', false),
    ignoreRules,
    insecureRegistries: getList('insecure-registries')
      .flatMap((l) => l.split(','))
      .map((s) => s.trim())
      .filter(Boolean),
    dbRepository,
    skipDbUpdate,
    sarifFile: resolve(workspace, getString('sarif-file') || join(temp, 'scan-image.sarif')),
    resultFile: resolve(workspace, getString('result-file') || join(temp, 'scan-image-result.json')),
    reportDir: join(temp, 'scan-image-reports'),
    cacheDir: join(toolCache, 'trivy-cache'),
  };
}
