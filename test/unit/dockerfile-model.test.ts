import { describe, expect, it } from '@jest/globals';
import { DockerfileParser, type Instruction } from 'dockerfile-ast';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
  modelDockerfile,
  plainArguments,
  scanArgumentsAsDockerfileAst,
} from '../../shared/dockerfile/model.js';
import lspTypes from '../../shared/dockerfile/lsp-types.cjs';
import { InputError } from '../../shared/runtime/errors.js';

const model = (text: string, opts: Partial<Parameters<typeof modelDockerfile>[1]> = {}) =>
  modelDockerfile(text, { file: 'Dockerfile', ...opts });
const patterns = (m: ReturnType<typeof model>) =>
  m.reads.map((r) => `${r.from.kind === 'named' ? r.from.name + ':' : ''}${r.patterns.join('+')}@${r.line}`);

describe('modelDockerfile', () => {
  it('keeps only stages the target reaches', () => {
    const m = model(
      [
        'FROM alpine AS a',
        'COPY a.txt /',
        'FROM alpine AS b',
        'COPY b.txt /',
        'FROM a AS final',
        'COPY c.txt /',
      ].join('\n'),
    );
    expect(m.reachable).toEqual([0, 2]);
    expect(patterns(m)).toEqual(['a.txt@2', 'c.txt@6']);
    const t = model(['FROM alpine AS a', 'COPY a.txt /', 'FROM alpine AS b', 'COPY b.txt /'].join('\n'), {
      target: 'a',
    });
    expect(patterns(t)).toEqual(['a.txt@2']);
  });

  it('follows COPY --from and mount from= to stages by name and index', () => {
    const m = model(
      [
        'FROM alpine AS deps',
        'COPY package.json /',
        'FROM alpine AS x',
        'COPY x /',
        'FROM alpine',
        'COPY --from=deps /p /p',
        'RUN --mount=type=bind,from=1,source=/x,target=/y true',
      ].join('\n'),
    );
    expect(m.reachable).toEqual([0, 1, 2]);
    expect(patterns(m)).toEqual(['package.json@2', 'x@4']);
  });

  it('cleans sources as BuildKit does: ../ cannot leave the context', () => {
    const m = model('FROM alpine\nCOPY ../../shared/ ./a/../b/c /x/\nADD /abs/path /y');
    expect(m.reads.flatMap((r) => r.patterns)).toEqual(['shared', 'b/c', 'abs/path']);
  });

  it('overrides ARG defaults with build args and substitutes ENV', () => {
    const text = [
      'ARG BASE=node:20',
      'FROM ${BASE}',
      'ARG APP_DIR=src',
      'ENV LIB=lib',
      'COPY ${APP_DIR}/ ${LIB:-x}/*.js /app/',
    ].join('\n');
    expect(model(text).reads[0]!.patterns).toEqual(['src', 'lib/*.js']);
    const m = model(text, { buildArgs: { APP_DIR: 'app', BASE: 'example/node-base:local' } });
    expect(m.reads[0]!.patterns).toEqual(['app', 'lib/*.js']);
    expect(m.refs).toEqual([{ kind: 'image', name: 'example/node-base:local', line: 2, via: 'FROM' }]);
  });

  it('counts an unresolvable source as the whole context', () => {
    const m = model('FROM alpine\nARG DIR\nCOPY ${DIR} /x');
    expect(m.reads[0]).toMatchObject({ patterns: ['.'], unresolved: expect.stringContaining('DIR') });
    // …but an undeclared variable expands to nothing, as in BuildKit
    expect(model('FROM alpine\nCOPY src${NOPE} /x').reads[0]!.patterns).toEqual(['src']);
  });

  it('evaluates platform args per target platform', () => {
    const m = model('FROM alpine\nARG TARGETARCH\nCOPY bin/${TARGETARCH}/app /app', {
      platforms: ['linux/amd64', 'linux/arm64'],
    });
    expect(m.reads.map((r) => r.patterns[0])).toEqual(['bin/amd64/app', 'bin/arm64/app']);
  });

  it('parses RUN --mount sources: bind defaults to the whole context, cache without from reads nothing', () => {
    const m = model(
      [
        'FROM alpine',
        'RUN --mount=type=bind,source=package.json,target=/p --mount=type=cache,target=/c --mount=type=secret,id=npm,target=/s true',
        'RUN --mount=type=bind,target=/src make',
      ].join('\n'),
    );
    expect(patterns(m)).toEqual(['package.json@2', '.@3']);
  });

  it('separates named contexts from images and reads through them', () => {
    const m = model('FROM base\nCOPY --from=shared lib/ /lib\nCOPY --from=busybox /bin/sh /sh', {
      namedContexts: new Set(['base', 'shared']),
    });
    expect(patterns(m)).toEqual(['shared:lib@2']);
    expect(m.refs.map((r) => `${r.kind}:${r.name}`)).toEqual(['named:base', 'named:shared', 'image:busybox']);
  });

  it('handles exec-form sources with spaces, heredocs, remote ADD, --exclude and ONBUILD', () => {
    const m = model(
      [
        'FROM alpine',
        'COPY ["a b.txt", "c", "/dst/"]',
        'COPY <<EOF /x',
        'hello',
        'EOF',
        'ADD https://example.com/x.tgz local.tgz /',
        'COPY --exclude=*.md docs /d',
        'ONBUILD COPY trigger /t',
      ].join('\n'),
    );
    expect(m.reads.map((r) => [r.patterns, r.excludes])).toEqual([
      [['a b.txt', 'c'], []],
      [['local.tgz'], []],
      [['docs'], ['*.md']],
      [['trigger'], []],
    ]);
  });

  it('rejects an unknown target with the stages to choose from', () => {
    expect(() => model('FROM alpine AS dev\nFROM alpine AS prod', { target: 'test' })).toThrow(InputError);
    expect(() => model('FROM alpine AS dev\nFROM alpine AS prod', { target: 'test' })).toThrow(/dev, prod/);
  });

  it('speeds up Range.create on the copy of vscode-languageserver-types that dockerfile-ast requires', () => {
    const { Range } = lspTypes;
    // Positions pass through unchecked: the unpatched create rejects a negative line.
    const start = { line: -1, character: 0 };
    const end = { line: 0, character: 3 };
    const r = Range.create(start, end);
    expect(r.start).toBe(start);
    expect(r.end).toBe(end);
    // Every other form still goes to the original, checks included.
    expect(Range.create(1, 2, 3, 4)).toEqual({
      start: { line: 1, character: 2 },
      end: { line: 3, character: 4 },
    });
    expect(() => (Range.create as (...a: unknown[]) => unknown)('a', 'b')).toThrow(/invalid arguments/);
    // And the parser's own ranges are still right.
    expect(patterns(model('FROM alpine\n\nCOPY  a.txt  b.txt /x/\n'))).toEqual(['a.txt+b.txt@3']);
  });
});

describe('plainArguments (the arguments of an instruction without escape characters)', () => {
  type Word = { value: string; range: unknown };
  const words = (args: ReturnType<typeof scanArgumentsAsDockerfileAst>): Word[] =>
    args.map((a) => ({ value: a.getValue(), range: a.getRange() }));

  /** Compares both scans on every instruction (ONBUILD triggers too); counts the plain ones. */
  function compare(text: string): { plain: number; escaped: number } {
    let plain = 0;
    let escaped = 0;
    const df = DockerfileParser.parse(text);
    const all = df.getInstructions().flatMap((ins) => {
      const trigger = (
        ins as unknown as { getTriggerInstruction?(): Instruction | null }
      ).getTriggerInstruction?.();
      return trigger ? [ins, trigger] : [ins];
    });
    for (const ins of all) {
      const fast = plainArguments(ins);
      const original = words(scanArgumentsAsDockerfileAst(ins));
      if (fast === undefined) {
        escaped++;
        continue;
      }
      plain++;
      expect({ text, words: words(fast) }).toEqual({ text, words: original });
    }
    return { plain, escaped };
  }

  it("finds the words and ranges dockerfile-ast's scan finds, in every Dockerfile of the repository", () => {
    const files = execFileSync('git', ['ls-files', '*Dockerfile*', '**/*Dockerfile*'], { encoding: 'utf8' })
      .split('\n')
      .filter((f) => f && !f.endsWith('.dockerignore'));
    expect(files.length).toBeGreaterThan(20);
    let plain = 0;
    for (const f of files) plain += compare(readFileSync(f, 'utf8')).plain;
    expect(plain).toBeGreaterThan(200);
  });

  it('agrees with it on random instructions (whitespace, CRLF, comments, quotes, escape directives)', () => {
    // A seeded generator, so that a failure repeats.
    let seed = 20261205;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const pick = <T>(xs: readonly T[]): T => xs[rnd(xs.length)]!;
    // prettier-ignore
    const PIECES = ['a', 'src', './x', '$V', '${V:-d}', '"q w"', "'s'", '=', '--from=b', '#', '[', ']', ',', '\u00e9', '\u{1F600}'];
    const SPACE = [' ', '  ', '\t', ' \t '];
    // prettier-ignore
    const KEYWORDS = ['COPY', 'ADD', 'RUN', 'ARG', 'ENV', 'FROM', 'LABEL', 'CMD', 'ONBUILD COPY', 'WORKDIR', 'EXPOSE'];
    let plain = 0;
    let escaped = 0;
    for (let n = 0; n < 600; n++) {
      const eol = rnd(4) === 0 ? '\r\n' : '\n';
      const lines: string[] = [];
      if (rnd(5) === 0) lines.push(pick(['# escape=`', '# escape=\\', '# syntax=docker/dockerfile:1']));
      lines.push('FROM scratch');
      for (let l = 0; l < 6; l++) {
        let line = pick(KEYWORDS);
        for (let w = 0, k = 1 + rnd(5); w < k; w++) line += pick(SPACE) + pick(PIECES);
        if (rnd(4) === 0)
          line += pick([' \\', '\\', ' `', '\\  ']) + eol + pick(['', ' ', '# c', '\t']) + pick(PIECES);
        if (rnd(6) === 0) line += pick(SPACE);
        lines.push(line);
        if (rnd(5) === 0) lines.push(pick(['# comment', '', '   ']));
        // A heredoc's body is part of its instruction, line ends included.
        if (rnd(5) === 0)
          lines.push(
            `${pick(['RUN', 'COPY'])} <<${pick(['EOT', '-EOT'])} ${pick(PIECES)}`,
            `a ${pick(PIECES)}\tb`,
            'EOT',
          );
      }
      const r = compare(lines.join(eol) + (rnd(2) ? eol : ''));
      plain += r.plain;
      escaped += r.escaped;
    }
    // Both paths were taken many times.
    expect(plain).toBeGreaterThan(1000);
    expect(escaped).toBeGreaterThan(100);
  });

  it('leaves an instruction with an escape character to the original scan', () => {
    const [copy, run] = DockerfileParser.parse('FROM a\nCOPY a\\ b c\nRUN x \\\n  y\n')
      .getInstructions()
      .slice(1);
    expect(plainArguments(copy!)).toBeUndefined();
    expect(plainArguments(run!)).toBeUndefined();
    // What the instructions give is the original scan's.
    for (const ins of [copy!, run!])
      expect(ins.getArguments().map((a) => a.getValue())).toEqual(
        scanArgumentsAsDockerfileAst(ins).map((a) => a.getValue()),
      );
    expect(run!.getArguments().map((a) => a.getValue())).toEqual(['x', 'y']);
    const [, backtick] = DockerfileParser.parse('# escape=`\nFROM a\nCOPY a\\b c\n').getInstructions();
    expect(plainArguments(backtick!)!.map((a) => a.getValue())).toEqual(['a\\b', 'c']);
  });
});
