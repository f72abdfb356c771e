// The base image build-service and plan-matrix read from the Dockerfile model, and the OCI base
// annotations build-service writes.
import { describe, expect, it } from '@jest/globals';
import { buildCommand } from '../../shared/buildx/build-args.js';
import { analyzeDockerfile } from '../../shared/dockerfile/model.js';
import { targetBase } from '../../shared/dockerfile/target-base.js';
import { baseAnnotations } from '../../shared/oci/base-annotations.js';

const D = `sha256:${'a'.repeat(64)}`;

interface Case {
  target?: string;
  buildArgs?: Record<string, string>;
  contexts?: [string, string][];
  platforms?: string[];
}

/** What build-service does without a plan's base: the model of the Dockerfile, then its base. */
function base(text: string, c: Case): string | undefined {
  const analysis = analyzeDockerfile(text, {
    file: 'Dockerfile',
    buildArgs: c.buildArgs,
    namedContexts: new Set((c.contexts ?? []).map(([name]) => name)),
    platforms: c.platforms,
  });
  return targetBase(analysis, { target: c.target, contexts: c.contexts });
}

describe('targetBase', () => {
  it.each<[string, string, Case, string | undefined]>([
    [
      'the last stage',
      'FROM node:20 AS deps\nRUN x\nFROM gcr.io/distroless/nodejs20\n',
      {},
      'gcr.io/distroless/nodejs20',
    ],
    [
      'a target, followed through the stages it is FROM',
      'FROM node:20 AS deps\nFROM deps AS Prod\nFROM alpine\n',
      { target: 'prod' },
      'node:20',
    ],
    [
      'a build arg over a global ARG default',
      'ARG BASE=node:18\nFROM ${BASE}\n',
      { buildArgs: { BASE: 'node:20' } },
      'node:20',
    ],
    ['a global ARG default', 'ARG V=3.19\nFROM alpine:${V} AS x\n', {}, 'alpine:3.19'],
    [
      'a pinned FROM, with --platform',
      `FROM --platform=$BUILDPLATFORM golang@${D} AS b\n`,
      {},
      `golang@${D}`,
    ],
    ['FROM scratch', 'FROM node:20 AS b\nFROM scratch\nCOPY --from=b /x /x\n', {}, undefined],
    ['an ARG without a value', 'ARG BASE\nFROM ${BASE}\n', {}, undefined],
    ['a platform ARG', 'FROM node-${TARGETARCH}\n', {}, undefined],
    [
      'a named context that is an image',
      'FROM base\n',
      { contexts: [['base', `docker-image://ghcr.io/a/b@${D}`]] },
      `ghcr.io/a/b@${D}`,
    ],
    ['a named context that is a directory', 'FROM base\n', { contexts: [['base', './dir']] }, undefined],
    ['a target that is not a stage', 'FROM node:20\n', { target: 'nope' }, undefined],
    ['continuations and comments', 'FROM \\\n  # a comment\n  node:20 \\\n  AS x\n', {}, 'node:20'],
    ['the escape directive', '# escape=`\nFROM `\n  python:3.12\n', {}, 'python:3.12'],
    ['a heredoc body that holds a FROM line', 'FROM node:20\nRUN <<EOF\nFROM evil:1\nEOF\n', {}, 'node:20'],
    [
      'a <<- heredoc closed by a tab-indented word',
      'FROM node:20\nCOPY <<-EOT /x\n\tFROM evil:1\n\tEOT\n',
      {},
      'node:20',
    ],
    [
      'a chain of three stages, the middle one unnamed in the target',
      'ARG V=20\nFROM node:${V}-slim AS a\nFROM a AS b\nFROM b AS c\nFROM b\n',
      { target: 'c' },
      'node:20-slim',
    ],
    [
      'a platform ARG, one target platform',
      'FROM node-${TARGETARCH}\n',
      { platforms: ['linux/arm64'] },
      'node-arm64',
    ],
    [
      'a platform ARG that differs between the target platforms',
      'FROM node-${TARGETARCH}\n',
      { platforms: ['linux/amd64', 'linux/arm64'] },
      undefined,
    ],
    [
      'a stage name before a named context of the same name',
      'FROM node:20 AS base\nFROM base\n',
      { contexts: [['base', `docker-image://ghcr.io/a/b@${D}`]] },
      'node:20',
    ],
    [
      'a stage-scoped ARG does not reach FROM (BuildKit: an empty base name)',
      'FROM node:20 AS a\nARG X=alpine\nFROM ${X}\n',
      {},
      undefined,
    ],
  ])('%s', (_, text, c, expected) => {
    expect(base(text, c)).toBe(expected);
  });
});

describe('baseAnnotations', () => {
  it('names the base on the manifest, and on the index when the build makes one', () => {
    expect(baseAnnotations('127.0.0.1:5000/base/busybox:1.35', false)).toEqual([
      'manifest:org.opencontainers.image.base.name=127.0.0.1:5000/base/busybox:1.35',
    ]);
    expect(baseAnnotations(`node:20@${D}`, true)).toEqual([
      'manifest:org.opencontainers.image.base.name=node:20',
      `manifest:org.opencontainers.image.base.digest=${D}`,
      'index:org.opencontainers.image.base.name=node:20',
      `index:org.opencontainers.image.base.digest=${D}`,
    ]);
    expect(baseAnnotations('Not A Ref', true)).toEqual([]);
  });

  it('reach buildx as --annotation arguments', () => {
    const args = buildCommand({
      context: '.',
      dockerfile: 'Dockerfile',
      platforms: [],
      buildArgs: [],
      secrets: [],
      contexts: [],
      labels: { a: 'b' },
      annotations: baseAnnotations('node:20', false),
      cacheFrom: [],
      cacheTo: [],
      output: { kind: 'local', tags: [] },
      metadataFile: '/tmp/m.json',
    });
    expect(args.slice(args.indexOf('--label'), args.indexOf('--label') + 4)).toEqual([
      '--label',
      'a=b',
      '--annotation',
      'manifest:org.opencontainers.image.base.name=node:20',
    ]);
  });
});
