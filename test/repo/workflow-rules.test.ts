/**
 * The rules zizmor (the GitHub Actions auditor) enforces that matter here, held over every workflow
 * of .github/workflows and every workflow example of the docs, which readers copy:
 * - template-injection: no `${{ }}` inside `run:` (or actions/github-script's `script:`); a value
 *   reaches a script through `env:`, where the shell cannot read it as code;
 * - excessive-permissions: explicit `permissions` on the workflow or on every job, never
 *   `write-all`/`read-all`, and a workflow's own (inherited by every job) read-only;
 * - secrets-inherit: no `secrets: inherit`;
 * - dangerous-triggers: no `pull_request_target`/`workflow_run` workflow that checks out the
 *   pull request's head;
 * - unpinned-uses: a third-party action by full commit SHA with its release in a comment
 *   (`@<40 hex> # vX.Y.Z`, as Dependabot writes it), a `docker://` image by digest. Examples may
 *   show this project's own actions at their release tag (`@v1`): the SHA of a release the docs
 *   describe does not exist before the docs do.
 * zizmor itself is not packaged for Debian or npm; these checks stand in for its audits above.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import {
  documentedWorkflows,
  kindOf,
  markdownFiles,
  repositoryWorkflows,
  WORKFLOW_WORDS,
  yamlBlocks,
  type WorkflowSource,
} from './workflow-sources.js';

type Map = Record<string, unknown>;
const isMap = (x: unknown): x is Map => typeof x === 'object' && x !== null && !Array.isArray(x);

const OWN_ACTION = /^buildkit-actions\/buildkit-actions\/[a-z-]+@v\d+$/;
const SHA_PIN = /^[\w.-]+\/[\w.-]+(?:\/[\w./-]+)?@[0-9a-f]{40}$/;

function jobsOf(src: WorkflowSource): [string, Map][] {
  const jobs = src.kind === 'workflow' ? (src.doc as Map).jobs : src.kind === 'jobs' ? src.doc : {};
  return Object.entries(jobs as Map).filter((e): e is [string, Map] => isMap(e[1]));
}

function stepsOf(src: WorkflowSource): Map[] {
  if (src.kind === 'steps') return (src.doc as unknown[]).filter(isMap);
  return jobsOf(src).flatMap(([, job]) => (Array.isArray(job.steps) ? job.steps.filter(isMap) : []));
}

/** `uses:` of every step and of every job calling a reusable workflow. */
function usesOf(src: WorkflowSource): string[] {
  const jobUses = jobsOf(src).flatMap(([, job]) => (typeof job.uses === 'string' ? [job.uses] : []));
  const stepUses = stepsOf(src).flatMap((s) => (typeof s.uses === 'string' ? [s.uses] : []));
  return [...jobUses, ...stepUses];
}

function triggers(src: WorkflowSource): string[] {
  const on = src.kind === 'workflow' ? (src.doc as Map).on : undefined;
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  return isMap(on) ? Object.keys(on) : [];
}

/** Findings of the template-injection audit. */
function templateInjection(src: WorkflowSource): string[] {
  return stepsOf(src).flatMap((s) => {
    const scripts = [s.run];
    if (typeof s.uses === 'string' && s.uses.startsWith('actions/github-script@') && isMap(s.with)) {
      scripts.push(s.with.script);
    }
    return scripts
      .filter((x): x is string => typeof x === 'string' && x.includes('${{'))
      .map(
        (x) => `\`\${{ }}\` inside a script, pass it through env: ${JSON.stringify(x.trim().split('\n')[0])}`,
      );
  });
}

/** Findings of the excessive-permissions audit. */
function permissions(src: WorkflowSource): string[] {
  if (src.kind === 'steps') return [];
  const found: string[] = [];
  const top = src.kind === 'workflow' ? (src.doc as Map).permissions : undefined;
  const broad = (p: unknown) => p === 'write-all' || p === 'read-all';
  if (broad(top)) found.push(`workflow permissions: ${String(top)}; name each scope the jobs need`);
  if (isMap(top)) {
    for (const [scope, level] of Object.entries(top)) {
      if (level === 'write')
        found.push(`workflow permissions give every job ${scope}: write; set it on the job that needs it`);
    }
  }
  for (const [name, job] of jobsOf(src)) {
    if (broad(job.permissions)) found.push(`job ${name}: permissions: ${String(job.permissions)}`);
    if (top === undefined && job.permissions === undefined) {
      found.push(
        `job ${name}: no permissions (and none on the workflow): the token gets the repository's default`,
      );
    }
  }
  return found;
}

/** Findings of the secrets-inherit audit. */
function secretsInherit(src: WorkflowSource): string[] {
  return jobsOf(src)
    .filter(([, job]) => job.secrets === 'inherit')
    .map(([name]) => `job ${name}: secrets: inherit passes every secret; pass the ones it needs`);
}

/** Findings of the dangerous-triggers audit: a privileged trigger that runs the pull request's code. */
function dangerousTriggers(src: WorkflowSource): string[] {
  const privileged = triggers(src).filter((t) => t === 'pull_request_target' || t === 'workflow_run');
  if (privileged.length === 0) return [];
  return stepsOf(src)
    .filter((s) => typeof s.uses === 'string' && s.uses.startsWith('actions/checkout@'))
    .filter((s) => isMap(s.with) && /head|merge|refs\/pull/.test(String(s.with.ref ?? '')))
    .map(
      (s) => `${privileged.join(', ')} checks out the pull request's head (${String((s.with as Map).ref)})`,
    );
}

/** Findings of the unpinned-uses audit. */
function unpinnedUses(src: WorkflowSource): string[] {
  const lines = src.text.split('\n');
  return usesOf(src).flatMap((uses): string[] => {
    if (uses.startsWith('./')) return [];
    if (uses.startsWith('docker://')) {
      return /@sha256:[0-9a-f]{64}$/.test(uses)
        ? []
        : [`${uses}: a docker:// image must be pinned by digest`];
    }
    if (!src.repository && OWN_ACTION.test(uses)) return [];
    if (!SHA_PIN.test(uses)) return [`${uses}: pin by full commit SHA, with the release in a comment`];
    const escaped = uses.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const line = lines.find((l) => new RegExp(`uses:\\s*['"]?${escaped}['"]?\\s*(?:#|$)`).test(l));
    return line && /#\s*v\d+(?:\.\d+){0,2}\b/.test(line)
      ? []
      : [`${uses}: no \`# vX.Y.Z\` comment naming the release`];
  });
}

const AUDITS = { templateInjection, permissions, secretsInherit, dangerousTriggers, unpinnedUses };

function audit(src: WorkflowSource): string[] {
  return Object.entries(AUDITS).flatMap(([name, rule]) => rule(src).map((f) => `${name}: ${f}`));
}

const workflows = repositoryWorkflows();
const examples = documentedWorkflows();

describe('workflows and documented examples follow the zizmor rules', () => {
  it('finds the workflows and the examples', () => {
    expect(workflows.map((w) => w.name)).toContain('.github/workflows/ci.yml');
    // README's quick start, the catalog's examples (whole workflows, a jobs fragment, a steps list).
    expect(examples.filter((e) => e.name.startsWith('README.md')).length).toBeGreaterThanOrEqual(1);
    expect(examples.filter((e) => e.name.startsWith('action-catalog.md')).length).toBeGreaterThanOrEqual(5);
  });

  it('leaves out no YAML block that looks like a workflow', () => {
    // A block with `uses:`, `run:`, `jobs:` … that kindOf does not recognise would go unchecked.
    const missed = markdownFiles().flatMap((file) =>
      yamlBlocks(file, readFileSync(file, 'utf8'))
        .filter((b) => WORKFLOW_WORDS.test(b.text) && kindOf(load(b.text)) === undefined)
        .map((b) => b.name),
    );
    expect(missed).toEqual([]);
  });

  it.each([...workflows, ...examples].map((s) => [s.name, s] as const))('%s', (_, src) => {
    expect(audit(src)).toEqual([]);
  });
});

describe('the audits find what they look for', () => {
  const example = (text: string, repository = false): WorkflowSource => {
    const doc: unknown = load(text);
    return { name: 'test', kind: kindOf(doc)!, text, doc, repository };
  };

  it('template injection in run: and in github-script', () => {
    const src = example(`
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo '\${{ steps.build.outputs.image }}' > image.txt
      - env: { IMAGE: '\${{ steps.build.outputs.image }}' }
        run: echo "$IMAGE"
      - uses: actions/github-script@0000000000000000000000000000000000000000 # v7.0.1
        with: { script: 'core.info("\${{ github.head_ref }}")' }
`);
    expect(templateInjection(src)).toHaveLength(2);
  });

  it('missing, broad and inherited write permissions', () => {
    expect(permissions(example('jobs: { a: { runs-on: x, steps: [] } }'))).toHaveLength(1);
    expect(
      permissions(example('permissions: write-all\njobs: { a: { runs-on: x, steps: [] } }')),
    ).toHaveLength(1);
    expect(
      permissions(example('permissions: { packages: write }\njobs: { a: { runs-on: x, steps: [] } }')),
    ).toHaveLength(1);
    expect(
      permissions(example('jobs: { a: { runs-on: x, permissions: { packages: write }, steps: [] } }')),
    ).toEqual([]);
    expect(permissions(example('a: { runs-on: x, steps: [] }'))).toHaveLength(1);
  });

  it('secrets: inherit', () => {
    expect(
      secretsInherit(
        example('permissions: {}\njobs: { a: { uses: ./.github/workflows/x.yml, secrets: inherit } }'),
      ),
    ).toHaveLength(1);
  });

  it('pull_request_target checking out the head', () => {
    const src = example(`
on: pull_request_target
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
        with: { ref: '\${{ github.event.pull_request.head.sha }}' }
`);
    expect(dangerousTriggers(src)).toHaveLength(1);
    expect(dangerousTriggers(example(src.text.replace('pull_request_target', 'pull_request')))).toEqual([]);
  });

  it('unpinned actions, a pin without its release, an unpinned docker image', () => {
    const steps = `
- uses: actions/checkout@v4
- uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
- uses: actions/cache@5a3ec84eff668545956fd18022155c47e93e2684 # v4.2.3
- uses: docker://alpine:3.20
- uses: ./setup-builder
- uses: buildkit-actions/buildkit-actions/plan-matrix@v1
`;
    expect(unpinnedUses(example(steps))).toHaveLength(3);
    // The repository's own workflows pin this project's actions too (or run them from ./).
    expect(unpinnedUses(example(steps, true))).toHaveLength(4);
  });
});
