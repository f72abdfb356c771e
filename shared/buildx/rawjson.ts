/**
 * A parser for `docker buildx build --progress=rawjson`: BuildKit's SolveStatus messages
 * (https://github.com/moby/buildkit/blob/master/client/graph.go), each written as a pretty-printed
 * JSON object, one after another on stderr. The same stream also carries buildx's own plain lines
 * (`ERROR: ...`, the Dockerfile excerpt of a failed step, `WARNING: ...`), so the parser is a small
 * incremental scanner rather than a JSON-lines reader: it cuts complete top-level objects out of the
 * text as chunks arrive, and keeps any other text as lines.
 *
 * A vertex (one solver step) appears in several messages as it progresses; they are merged by
 * digest. Durations come from `started`/`completed`; `cached: true` marks a step served from the
 * local or an imported cache.
 */

/** A vertex as rawjson encodes it (times are RFC 3339 strings). */
export interface RawVertex {
  digest: string;
  inputs?: string[] | null;
  name?: string;
  started?: string | null;
  completed?: string | null;
  cached?: boolean;
  error?: string;
}

export interface RawStatus {
  id: string;
  vertex?: string;
  name?: string;
  total?: number;
  current?: number;
  timestamp?: string;
  started?: string | null;
  completed?: string | null;
}

export interface RawLog {
  vertex?: string;
  stream?: number;
  /** base64 */
  data?: string;
  timestamp?: string;
}

export interface RawWarning {
  vertex?: string;
  level?: number;
  /** base64 */
  short?: string;
  detail?: string[] | null;
  url?: string;
}

export interface RawSolveStatus {
  vertexes?: RawVertex[] | null;
  statuses?: RawStatus[] | null;
  logs?: RawLog[] | null;
  warnings?: RawWarning[] | null;
}

/** A merged vertex. */
export interface Vertex {
  digest: string;
  name: string;
  inputs: string[];
  started?: string;
  completed?: string;
  cached: boolean;
  error?: string;
}

/**
 * An incremental scanner: `push` text as it arrives, `end` when the stream closes. Complete JSON
 * objects go to `onObject`, every other non-blank line to `onText`.
 */
export class RawJsonScanner {
  private buf = '';
  private pos = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private start = -1;

  constructor(
    private readonly onObject: (value: unknown) => void,
    private readonly onText: (line: string) => void,
  ) {}

  push(chunk: string): void {
    this.buf += chunk;
    this.scan(false);
  }

  end(): void {
    this.scan(true);
    const rest = this.buf.trim();
    if (rest) for (const l of rest.split(/\r?\n/)) if (l.trim()) this.onText(l);
    this.buf = '';
    this.pos = 0;
    this.depth = 0;
    this.start = -1;
  }

  private scan(final: boolean): void {
    const b = this.buf;
    let i = this.pos;
    while (i < b.length) {
      if (this.depth === 0) {
        const c = b[i]!;
        if (c === '{') {
          this.start = i;
          this.depth = 1;
          this.inString = false;
          this.escaped = false;
          i++;
          continue;
        }
        if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
          i++;
          continue;
        }
        // A plain text line: wait for its newline unless the stream has ended.
        const nl = b.indexOf('\n', i);
        if (nl < 0 && !final) break;
        const line = b.slice(i, nl < 0 ? b.length : nl).replace(/\r$/, '');
        if (line.trim()) this.onText(line);
        i = nl < 0 ? b.length : nl + 1;
        continue;
      }
      const c = b[i]!;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === '\\') this.escaped = true;
        else if (c === '"') this.inString = false;
      } else if (c === '"') {
        this.inString = true;
      } else if (c === '{' || c === '[') {
        this.depth++;
      } else if (c === '}' || c === ']') {
        this.depth--;
        if (this.depth === 0) {
          const text = b.slice(this.start, i + 1);
          this.start = -1;
          try {
            this.onObject(JSON.parse(text));
          } catch {
            for (const l of text.split(/\r?\n/)) if (l.trim()) this.onText(l);
          }
        }
      }
      i++;
    }
    // Drop what has been consumed; keep an object in progress.
    const keep = this.depth > 0 ? this.start : i;
    this.buf = b.slice(keep);
    this.pos = i - keep;
    if (this.depth > 0) this.start = 0;
  }
}

/** Merges SolveStatus messages into vertexes, logs and warnings. */
export class ProgressCollector {
  readonly vertexes = new Map<string, Vertex>();
  /** Log bytes per vertex, capped (`maxLogBytes`) so a chatty build cannot exhaust memory. */
  readonly logs = new Map<string, string>();
  readonly warnings: { vertex?: string; message: string; url?: string }[] = [];
  /** Plain text lines of the stream (buildx's own messages). */
  readonly text: string[] = [];
  private logBytes = 0;
  private lastTime?: string;

  constructor(private readonly maxLogBytes = 1 << 20) {}

  /** A scanner that feeds this collector. */
  scanner(): RawJsonScanner {
    return new RawJsonScanner(
      (v) => this.add(v as RawSolveStatus),
      (line) => this.text.push(line),
    );
  }

  add(status: RawSolveStatus): void {
    if (!status || typeof status !== 'object') return;
    for (const v of status.vertexes ?? []) {
      if (!v || typeof v.digest !== 'string') continue;
      const prev = this.vertexes.get(v.digest);
      const merged: Vertex = {
        digest: v.digest,
        name: v.name || prev?.name || '',
        inputs: v.inputs ?? prev?.inputs ?? [],
        cached: Boolean(v.cached) || Boolean(prev?.cached),
        ...(earliest(prev?.started, v.started ?? undefined) && {
          started: earliest(prev?.started, v.started ?? undefined),
        }),
        ...(latest(prev?.completed, v.completed ?? undefined) && {
          completed: latest(prev?.completed, v.completed ?? undefined),
        }),
        ...((v.error || prev?.error) && { error: v.error || prev?.error }),
      };
      this.vertexes.set(v.digest, merged);
      this.lastTime = latest(this.lastTime, v.completed ?? v.started ?? undefined);
    }
    for (const l of status.logs ?? []) {
      if (!l?.vertex || !l.data || this.logBytes >= this.maxLogBytes) continue;
      const text = Buffer.from(l.data, 'base64').toString('utf8');
      this.logBytes += text.length;
      this.logs.set(l.vertex, (this.logs.get(l.vertex) ?? '') + text);
    }
    for (const w of status.warnings ?? []) {
      if (!w) continue;
      const message = w.short ? Buffer.from(w.short, 'base64').toString('utf8').trim() : '';
      if (message)
        this.warnings.push({ ...(w.vertex && { vertex: w.vertex }), message, ...(w.url && { url: w.url }) });
    }
  }

  /** The merged vertexes in the order they first appeared. */
  list(): Vertex[] {
    return [...this.vertexes.values()];
  }
}

/** Parses a whole captured rawjson stream. */
export function parseRawJson(text: string): ProgressCollector {
  const c = new ProgressCollector();
  const s = c.scanner();
  s.push(text);
  s.end();
  return c;
}

function earliest(a?: string, b?: string): string | undefined {
  if (!a) return b || undefined;
  if (!b) return a;
  return Date.parse(b) < Date.parse(a) ? b : a;
}

function latest(a?: string, b?: string): string | undefined {
  if (!a) return b || undefined;
  if (!b) return a;
  return Date.parse(b) > Date.parse(a) ? b : a;
}
