/**
 * A loopback fake of the parts of GitHub's REST API the actions call. It listens on 127.0.0.1 (a port
 * the OS picks), records every request, can fail the next requests the way GitHub does (502, or a 403
 * secondary rate limit with `retry-after`), and checks every body it serves against GitHub's published
 * OpenAPI description (`@octokit/openapi`), so the fake cannot drift from what GitHub really sends.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';

// ---------------------------------------------------------------------------------------------------
// Validation against the OpenAPI description

type Json = Record<string, unknown>;
let spec: Json | undefined;

function loadSpec(): Json {
  if (!spec) {
    const pkg = createRequire(import.meta.url).resolve('@octokit/openapi/package.json');
    // The plain (not dereferenced) api.github.com description: 13 MB, against 70 MB for `.deref`.
    spec = JSON.parse(readFileSync(join(dirname(pkg), 'generated', 'api.github.com.json'), 'utf8')) as Json;
  }
  return spec;
}

/** Follows a local `$ref` chain (`#/components/...`) to the object it names. */
function deref(node: unknown): Json {
  let n = node as Json;
  for (let hops = 0; typeof n?.['$ref'] === 'string'; hops++) {
    if (hops > 20) throw new Error('$ref loop');
    n = pointer(n['$ref'] as string);
  }
  return n;
}

function pointer(ref: string): Json {
  if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported: ${ref}`);
  let n: unknown = loadSpec();
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    n = (n as Json | undefined)?.[key];
    if (n === undefined) throw new Error(`unresolved $ref ${ref}`);
  }
  return n as Json;
}

/** The component schemas `schema` needs, transitively, so a validator compiles only those. */
function referencedSchemas(schema: unknown, out: Json = {}): Json {
  const visit = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(visit);
    if (n === null || typeof n !== 'object') return;
    for (const [k, v] of Object.entries(n)) {
      const m = k === '$ref' && typeof v === 'string' ? /^#\/components\/schemas\/(.+)$/.exec(v) : null;
      if (m) {
        const name = m[1]!.replace(/~1/g, '/').replace(/~0/g, '~');
        if (!(name in out)) {
          out[name] = pointer(v as string);
          visit(out[name]);
        }
      } else visit(v);
    }
  };
  visit(schema);
  return out;
}

let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();
const extensionKeywords = new Set<string>();

function getAjv(): Ajv {
  if (!ajv) {
    ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictRequired: false });
    // OpenAPI 3.0 annotations (Ajv knows `nullable` itself), and our wrapper's `components`.
    ajv.addVocabulary(['example', 'components', 'discriminator', 'xml', 'externalDocs']);
    addGitHubFormats(ajv);
  }
  return ajv;
}

/** The string formats the GitHub descriptions use, checked as strictly as is useful for a fake. */
export function addGitHubFormats(a: Ajv): void {
  a.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/);
  a.addFormat('date', /^\d{4}-\d\d-\d\d$/);
  a.addFormat('uri', (s: string) => URL.canParse(s));
  a.addFormat('uri-template', /^\S+$/);
  a.addFormat('email', /^[^\s@]+@[^\s@]+$/);
  a.addFormat('int64', { type: 'number', validate: (n: number) => Number.isSafeInteger(n) });
}

function compile(key: string, schema: unknown): ValidateFunction {
  let v = validators.get(key);
  if (!v) {
    const a = getAjv();
    const wrapped = { allOf: [schema], components: { schemas: referencedSchemas(schema) } };
    // GitHub's `x-*` extensions are annotations; strict mode still wants every keyword declared.
    JSON.stringify(wrapped, (k: string, val: unknown) => {
      if (k.startsWith('x-') && !extensionKeywords.has(k)) {
        extensionKeywords.add(k);
        a.addKeyword(k);
      }
      return val;
    });
    v = a.compile(wrapped);
    validators.set(key, v);
  }
  return v;
}

export interface ValidationResult {
  valid: boolean;
  /** Ajv's errors as `instancePath message` lines. */
  errors: string[];
}

function run(v: ValidateFunction, body: unknown): ValidationResult {
  const valid = v(body) as boolean;
  return { valid, errors: (v.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`) };
}

/**
 * Validates `body` against the JSON schema GitHub documents for `method` `template` answering
 * `status`, e.g. (`get`, `/repos/{owner}/{repo}/pulls/{pull_number}/files`, 200).
 *
 * @throws when the description documents no JSON body for that response.
 */
export function validateResponse(
  method: string,
  template: string,
  status: number,
  body: unknown,
): ValidationResult {
  const key = `${method.toLowerCase()} ${template} ${status}`;
  let v = validators.get(key);
  if (!v) {
    const paths = loadSpec()['paths'] as Record<string, Json>;
    const op = paths[template]?.[method.toLowerCase()] as Json | undefined;
    const responses = op?.['responses'] as Json | undefined;
    if (!responses?.[String(status)]) throw new Error(`no documented ${status} response for ${key}`);
    const response = deref(responses[String(status)]);
    const schema = (response['content'] as Json | undefined)?.['application/json'] as Json | undefined;
    if (!schema?.['schema']) throw new Error(`no JSON body documented for ${key}`);
    v = compile(key, schema['schema']);
  }
  return run(v, body);
}

/** Validates `body` against one of the description's component schemas, e.g. `basic-error`. */
export function validateComponent(name: string, body: unknown): ValidationResult {
  return run(compile(`component ${name}`, { $ref: `#/components/schemas/${name}` }), body);
}

// ---------------------------------------------------------------------------------------------------
// The fake's data

export type FileStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';

export interface FakeFile {
  filename: string;
  status: FileStatus;
  /** The old path of a rename or copy. */
  previous_filename?: string;
  additions?: number;
  deletions?: number;
}

export interface FakePullRequestInit {
  number: number;
  files: FakeFile[];
  /** What GitHub reports as `changed_files`; the file count unless told (set higher to mimic the cap). */
  changedFiles?: number;
  title?: string;
  baseRef?: string;
  headRef?: string;
  baseSha?: string;
  headSha?: string;
}

interface FakeRepo {
  id: number;
  owner: string;
  name: string;
  pulls: Map<
    number,
    Required<Omit<FakePullRequestInit, 'changedFiles'>> & { changedFiles: number; id: number }
  >;
}

interface StoredComment {
  id: number;
  author: string;
  repo: string;
  issue: number;
  body: string;
  created_at: string;
  updated_at: string;
}

export interface RecordedRequest {
  method: string;
  /** Path and query as sent. */
  url: string;
  headers: IncomingMessage['headers'];
  /** Parsed JSON request body, if any. */
  body?: unknown;
  /** Status the fake answered with. */
  status?: number;
}

export type FailureKind = 'bad-gateway' | 'secondary-rate-limit' | 'too-many-requests';

export interface SchemaViolation {
  operation: string;
  errors: string[];
}

export interface FakeGitHubOptions {
  /**
   * The token may read but not write (a fork's pull request gets such a GITHUB_TOKEN): creating,
   * editing and deleting comments answer 403 "Resource not accessible by integration".
   */
  readOnly?: boolean;
  /** Who the token's comments are written as; `github-actions[bot]` (the GITHUB_TOKEN's) unless told. */
  author?: string;
  /** When set, requests must authenticate with this token (as `token X` or `Bearer X`), else 401. */
  token?: string;
  /**
   * Rewrites a body just before it is validated and served: lets a test serve a wrong shape on
   * purpose and see the fake refuse it.
   */
  transformBody?: (operation: string, body: unknown) => unknown;
}

/** Pages GitHub lists for the pull request files endpoint: 30 pages of 100. */
const FILES_CAP = 3000;
const DOCS = 'https://docs.github.com/rest';
const FIXED_TIME = '2024-05-01T12:00:00Z';

interface Route {
  method: string;
  /** The OpenAPI path template the response is validated against. */
  template: string;
  pattern: RegExp;
  handle: (ctx: RouteContext) => Reply;
}

interface RouteContext {
  params: string[];
  query: URLSearchParams;
  body: unknown;
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Schema name for bodies not described by the operation (errors): validated against that component. */
  component?: string;
}

export class FakeGitHubApi {
  /** Every request received, in order. */
  readonly requests: RecordedRequest[] = [];
  /** Bodies the fake refused to serve because they did not match the OpenAPI description. */
  readonly schemaViolations: SchemaViolation[] = [];

  private readonly repos = new Map<string, FakeRepo>();
  private readonly comments: StoredComment[] = [];
  private readonly failures: { kind: FailureKind; retryAfter: number; match?: RegExp }[] = [];
  private nextId = 1000;
  private url_ = '';

  private constructor(
    private readonly server: Server,
    private readonly opts: FakeGitHubOptions,
  ) {}

  /** Starts a fake on 127.0.0.1 with an OS-assigned port. */
  static async start(opts: FakeGitHubOptions = {}): Promise<FakeGitHubApi> {
    const server = createServer();
    const fake = new FakeGitHubApi(server, opts);
    server.on('request', (req, res) => void fake.onRequest(req, res));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    fake.url_ = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return fake;
  }

  /** The API root to pass as `baseUrl` (like `GITHUB_API_URL`). */
  get url(): string {
    return this.url_;
  }

  /** Stops listening and drops open connections. */
  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Adds (or replaces) a pull request, creating its repository on first use. */
  addPullRequest(owner: string, repo: string, init: FakePullRequestInit): void {
    const r = this.repo(owner, repo, true)!;
    r.pulls.set(init.number, {
      number: init.number,
      files: init.files,
      changedFiles: init.changedFiles ?? init.files.length,
      title: init.title ?? `Change ${init.number}`,
      baseRef: init.baseRef ?? 'main',
      headRef: init.headRef ?? `feature-${init.number}`,
      baseSha: init.baseSha ?? fakeSha(`base-${init.number}`),
      headSha: init.headSha ?? fakeSha(`head-${init.number}`),
      id: this.nextId++,
    });
  }

  /**
   * Fails the next `count` requests (or the next ones whose path matches `match`): `bad-gateway` with a
   * 502, `secondary-rate-limit` with a 403 and `retry-after: retryAfter` (seconds, default 1).
   */
  failNext(count: number, kind: FailureKind, opts: { retryAfter?: number; match?: RegExp } = {}): void {
    for (let i = 0; i < count; i++)
      this.failures.push({ kind, retryAfter: opts.retryAfter ?? 1, match: opts.match });
  }

  /** The comments on an issue or pull request, oldest first. */
  issueComments(owner: string, repo: string, issue: number): { id: number; body: string; author: string }[] {
    return this.comments
      .filter((c) => c.repo === `${owner}/${repo}` && c.issue === issue)
      .map((c) => ({ id: c.id, body: c.body, author: c.author }));
  }

  /** Adds a comment as someone else wrote it (a person, another bot, an earlier run). */
  addComment(
    owner: string,
    repo: string,
    issue: number,
    body: string,
    author = 'github-actions[bot]',
  ): number {
    const r = this.repo(owner, repo)!;
    const c = this.storeComment(r, issue, body, author);
    return c.id;
  }

  private storeComment(repo: FakeRepo, issue: number, body: string, author: string): StoredComment {
    const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    const c: StoredComment = {
      id: this.nextId++,
      author,
      repo: key(repo),
      issue,
      body,
      created_at: now,
      updated_at: now,
    };
    this.comments.push(c);
    return c;
  }

  private repo(owner: string, name: string, create = false): FakeRepo | undefined {
    const k = `${owner}/${name}`.toLowerCase();
    let r = this.repos.get(k);
    if (!r && create) {
      r = { id: this.nextId++, owner, name, pulls: new Map() };
      this.repos.set(k, r);
    }
    return r;
  }

  private repoById(id: string): FakeRepo | undefined {
    return [...this.repos.values()].find((r) => String(r.id) === id);
  }

  // -------------------------------------------------------------------------------------------------
  // HTTP

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      await this.answer(req, res);
    } catch (e) {
      // A bug in the fake must fail the test, not leave the client waiting for an answer.
      this.schemaViolations.push({ operation: `${req.method} ${req.url}`, errors: [String(e)] });
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ message: `fake GitHub API failed: ${String(e)}` }));
    }
  }

  private async answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      headers: req.headers,
    };
    this.requests.push(record);

    let body: unknown;
    if (raw) {
      try {
        body = JSON.parse(raw);
        record.body = body;
      } catch {
        return this.send(res, record, 'parse', {
          status: 400,
          body: { message: 'Problems parsing JSON', documentation_url: DOCS },
          component: 'basic-error',
        });
      }
    }

    const url = new URL(record.url, this.url);
    const failure = this.takeFailure(url.pathname);
    if (failure) return this.send(res, record, `failure ${failure.kind}`, failureReply(failure));

    const auth = req.headers.authorization ?? '';
    if (
      this.opts.token !== undefined &&
      auth !== `token ${this.opts.token}` &&
      auth !== `Bearer ${this.opts.token}`
    ) {
      return this.send(res, record, 'auth', {
        status: 401,
        body: { message: 'Bad credentials', documentation_url: DOCS, status: '401' },
        component: 'basic-error',
      });
    }

    for (const route of this.routes()) {
      const m = route.method === record.method ? route.pattern.exec(url.pathname) : null;
      if (!m) continue;
      const reply = route.handle({
        params: m.slice(1).map(decodeURIComponent),
        query: url.searchParams,
        body,
      });
      return this.send(res, record, `${route.method.toLowerCase()} ${route.template}`, reply, route.template);
    }
    return this.send(res, record, 'not found', notFound());
  }

  private takeFailure(path: string) {
    const i = this.failures.findIndex((f) => !f.match || f.match.test(path));
    return i < 0 ? undefined : this.failures.splice(i, 1)[0];
  }

  private send(
    res: ServerResponse,
    record: RecordedRequest,
    operation: string,
    reply: Reply,
    template?: string,
  ): void {
    let body = reply.body;
    if (body !== undefined) {
      body = this.opts.transformBody ? this.opts.transformBody(operation, body) : body;
      const result =
        reply.component !== undefined
          ? validateComponent(reply.component, body)
          : validateResponse(record.method, template!, reply.status, body);
      if (!result.valid) {
        this.schemaViolations.push({ operation, errors: result.errors });
        reply = { status: 500, headers: {} };
        body = {
          message: `fake GitHub API: response to ${operation} does not match the OpenAPI description`,
        };
      }
    }
    record.status = reply.status;
    res.writeHead(reply.status, {
      'content-type': 'application/json; charset=utf-8',
      'x-github-api-version-selected': '2022-11-28',
      'x-github-request-id': randomUUID().toUpperCase(),
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-used': '1',
      'x-ratelimit-resource': 'core',
      ...reply.headers,
    });
    res.end(body === undefined ? undefined : JSON.stringify(body));
  }

  private routes(): Route[] {
    const seg = '([^/]+)';
    return [
      {
        method: 'GET',
        template: '/repos/{owner}/{repo}/pulls/{pull_number}',
        pattern: new RegExp(`^/repos/${seg}/${seg}/pulls/(\\d+)$`),
        handle: ({ params: [o, r, n] }) => {
          const repo = this.repo(o!, r!);
          const pull = repo?.pulls.get(Number(n));
          return repo && pull ? { status: 200, body: this.pullBody(repo, pull) } : notFound();
        },
      },
      {
        method: 'GET',
        template: '/repos/{owner}/{repo}/pulls/{pull_number}/files',
        pattern: new RegExp(`^/repos/${seg}/${seg}/pulls/(\\d+)/files$`),
        handle: ({ params: [o, r, n], query }) => this.listFiles(this.repo(o!, r!), Number(n), query),
      },
      {
        // Where GitHub's Link headers point: repositories by id.
        method: 'GET',
        template: '/repos/{owner}/{repo}/pulls/{pull_number}/files',
        pattern: /^\/repositories\/(\d+)\/pulls\/(\d+)\/files$/,
        handle: ({ params: [id, n], query }) => this.listFiles(this.repoById(id!), Number(n), query),
      },
      {
        method: 'GET',
        template: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
        pattern: new RegExp(`^/repos/${seg}/${seg}/issues/(\\d+)/comments$`),
        handle: ({ params: [o, r, n], query }) => {
          const repo = this.repo(o!, r!);
          if (!repo?.pulls.has(Number(n))) return notFound();
          const all = this.comments.filter((c) => c.repo === key(repo) && c.issue === Number(n));
          return this.page(repo, `/issues/${n}/comments`, query, all, 30, (c) => this.commentBody(repo, c));
        },
      },
      {
        method: 'POST',
        template: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
        pattern: new RegExp(`^/repos/${seg}/${seg}/issues/(\\d+)/comments$`),
        handle: ({ params: [o, r, n], body }) => {
          const repo = this.repo(o!, r!);
          if (!repo?.pulls.has(Number(n))) return notFound();
          const text = (body as Json | undefined)?.['body'];
          if (typeof text !== 'string') return invalid('body');
          if (this.opts.readOnly) return forbidden();
          if ([...text].length > COMMENT_MAX) return tooLong();
          const c = this.storeComment(repo, Number(n), text, this.opts.author ?? 'github-actions[bot]');
          const json = this.commentBody(repo, c);
          return { status: 201, body: json, headers: { location: json['url'] as string } };
        },
      },
      {
        method: 'GET',
        template: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
        pattern: new RegExp(`^/repos/${seg}/${seg}/issues/comments/(\\d+)$`),
        handle: ({ params: [o, r, id] }) => {
          const repo = this.repo(o!, r!);
          const c = repo && this.comments.find((x) => x.repo === key(repo) && x.id === Number(id));
          return repo && c ? { status: 200, body: this.commentBody(repo, c) } : notFound();
        },
      },
      {
        method: 'PATCH',
        template: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
        pattern: new RegExp(`^/repos/${seg}/${seg}/issues/comments/(\\d+)$`),
        handle: ({ params: [o, r, id], body }) => {
          const repo = this.repo(o!, r!);
          const c = repo && this.comments.find((x) => x.repo === key(repo) && x.id === Number(id));
          if (!repo || !c) return notFound();
          const text = (body as Json | undefined)?.['body'];
          if (typeof text !== 'string') return invalid('body');
          if (this.opts.readOnly) return forbidden();
          if ([...text].length > COMMENT_MAX) return tooLong();
          c.body = text;
          c.updated_at = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
          return { status: 200, body: this.commentBody(repo, c) };
        },
      },
      {
        method: 'DELETE',
        template: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
        pattern: new RegExp(`^/repos/${seg}/${seg}/issues/comments/(\\d+)$`),
        handle: ({ params: [o, r, id] }) => {
          const repo = this.repo(o!, r!);
          const i = repo ? this.comments.findIndex((x) => x.repo === key(repo) && x.id === Number(id)) : -1;
          if (i < 0) return notFound();
          if (this.opts.readOnly) return forbidden();
          this.comments.splice(i, 1);
          return { status: 204 };
        },
      },
    ];
  }

  private listFiles(repo: FakeRepo | undefined, n: number, query: URLSearchParams): Reply {
    const pull = repo?.pulls.get(n);
    if (!repo || !pull) return notFound();
    // GitHub stops listing a pull request's files at 3000, whatever `changed_files` says.
    const listed = pull.files.slice(0, FILES_CAP);
    return this.page(repo, `/pulls/${n}/files`, query, listed, 30, (f) =>
      this.fileBody(repo, pull.headSha, f),
    );
  }

  /** One page of `items`, with a Link header shaped as GitHub's: prev, next, last, first. */
  private page<T>(
    repo: FakeRepo,
    rest: string,
    query: URLSearchParams,
    items: T[],
    defaultPerPage: number,
    render: (item: T) => unknown,
  ): Reply {
    const perPage = clamp(Number(query.get('per_page') ?? defaultPerPage) || defaultPerPage, 1, 100);
    const page = Math.max(1, Number(query.get('page') ?? 1) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const href = (p: number) => {
      const q = new URLSearchParams(query);
      q.set('page', String(p));
      return `<${this.url}/repositories/${repo.id}${rest}?${q.toString()}>`;
    };
    const links: string[] = [];
    if (page > 1) links.push(`${href(Math.min(page - 1, last))}; rel="prev"`);
    if (page < last) links.push(`${href(page + 1)}; rel="next"`, `${href(last)}; rel="last"`);
    if (page > 1) links.push(`${href(1)}; rel="first"`);
    const body = items.slice((page - 1) * perPage, page * perPage).map(render);
    return { status: 200, body, headers: links.length ? { link: links.join(', ') } : {} };
  }

  // -------------------------------------------------------------------------------------------------
  // Bodies, as GitHub shapes them

  private api(path: string): string {
    return `${this.url}${path}`;
  }

  private userBody(login: string, id: number): Json {
    const u = this.api(`/users/${login}`);
    return {
      login,
      id,
      node_id: `U_${b64(`user:${id}`)}`,
      avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
      gravatar_id: '',
      url: u,
      html_url: `https://github.com/${login}`,
      followers_url: `${u}/followers`,
      following_url: `${u}/following{/other_user}`,
      gists_url: `${u}/gists{/gist_id}`,
      starred_url: `${u}/starred{/owner}{/repo}`,
      subscriptions_url: `${u}/subscriptions`,
      organizations_url: `${u}/orgs`,
      repos_url: `${u}/repos`,
      events_url: `${u}/events{/privacy}`,
      received_events_url: `${u}/received_events`,
      type: 'User',
      user_view_type: 'public',
      site_admin: false,
    };
  }

  private repoBody(r: FakeRepo): Json {
    const a = this.api(`/repos/${r.owner}/${r.name}`);
    const html = `https://github.com/${r.owner}/${r.name}`;
    const templated = (name: string, param: string) => `${a}/${name}{/${param}}`;
    return {
      id: r.id,
      node_id: `R_${b64(`repo:${r.id}`)}`,
      name: r.name,
      full_name: `${r.owner}/${r.name}`,
      private: false,
      owner: this.userBody(r.owner, r.id + 1),
      html_url: html,
      description: null,
      fork: false,
      url: a,
      archive_url: `${a}/{archive_format}{/ref}`,
      assignees_url: templated('assignees', 'user'),
      blobs_url: templated('git/blobs', 'sha'),
      branches_url: templated('branches', 'branch'),
      collaborators_url: templated('collaborators', 'collaborator'),
      comments_url: templated('comments', 'number'),
      commits_url: templated('commits', 'sha'),
      compare_url: `${a}/compare/{base}...{head}`,
      contents_url: `${a}/contents/{+path}`,
      contributors_url: `${a}/contributors`,
      deployments_url: `${a}/deployments`,
      downloads_url: `${a}/downloads`,
      events_url: `${a}/events`,
      forks_url: `${a}/forks`,
      git_commits_url: templated('git/commits', 'sha'),
      git_refs_url: templated('git/refs', 'sha'),
      git_tags_url: templated('git/tags', 'sha'),
      git_url: `git://github.com/${r.owner}/${r.name}.git`,
      hooks_url: `${a}/hooks`,
      issue_comment_url: templated('issues/comments', 'number'),
      issue_events_url: templated('issues/events', 'number'),
      issues_url: templated('issues', 'number'),
      keys_url: templated('keys', 'key_id'),
      labels_url: templated('labels', 'name'),
      languages_url: `${a}/languages`,
      merges_url: `${a}/merges`,
      milestones_url: templated('milestones', 'number'),
      notifications_url: `${a}/notifications{?since,all,participating}`,
      pulls_url: templated('pulls', 'number'),
      releases_url: templated('releases', 'id'),
      ssh_url: `git@github.com:${r.owner}/${r.name}.git`,
      stargazers_url: `${a}/stargazers`,
      statuses_url: `${a}/statuses/{sha}`,
      subscribers_url: `${a}/subscribers`,
      subscription_url: `${a}/subscription`,
      tags_url: `${a}/tags`,
      teams_url: `${a}/teams`,
      trees_url: templated('git/trees', 'sha'),
      clone_url: `${html}.git`,
      mirror_url: null,
      svn_url: html,
      homepage: null,
      language: 'Dockerfile',
      forks_count: 0,
      forks: 0,
      stargazers_count: 0,
      watchers_count: 0,
      watchers: 0,
      size: 128,
      default_branch: 'main',
      open_issues_count: r.pulls.size,
      open_issues: r.pulls.size,
      is_template: false,
      topics: [],
      has_issues: true,
      has_projects: true,
      has_wiki: true,
      has_pages: false,
      has_downloads: true,
      has_discussions: false,
      archived: false,
      disabled: false,
      visibility: 'public',
      pushed_at: FIXED_TIME,
      created_at: '2023-01-10T09:00:00Z',
      updated_at: FIXED_TIME,
      allow_forking: true,
      web_commit_signoff_required: false,
      license: null,
    };
  }

  private pullBody(r: FakeRepo, p: FakeRepo['pulls'] extends Map<number, infer P> ? P : never): Json {
    const a = this.api(`/repos/${r.owner}/${r.name}`);
    const html = `https://github.com/${r.owner}/${r.name}/pull/${p.number}`;
    const author = this.userBody('contributor', 9001);
    const repo = this.repoBody(r);
    const side = (ref: string, sha: string) => ({
      label: `${r.owner}:${ref}`,
      ref,
      sha,
      user: repo['owner'],
      repo,
    });
    const self = `${a}/pulls/${p.number}`;
    const issue = `${a}/issues/${p.number}`;
    const sum = (k: 'additions' | 'deletions') => p.files.reduce((n, f) => n + (f[k] ?? 1), 0);
    return {
      url: self,
      id: p.id,
      node_id: `PR_${b64(`pull:${p.id}`)}`,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: issue,
      commits_url: `${self}/commits`,
      review_comments_url: `${self}/comments`,
      review_comment_url: `${a}/pulls/comments{/number}`,
      comments_url: `${issue}/comments`,
      statuses_url: `${a}/statuses/${p.headSha}`,
      number: p.number,
      state: 'open',
      locked: false,
      title: p.title,
      user: author,
      body: null,
      labels: [],
      milestone: null,
      active_lock_reason: null,
      created_at: FIXED_TIME,
      updated_at: FIXED_TIME,
      closed_at: null,
      merged_at: null,
      merge_commit_sha: fakeSha(`merge-${p.number}`),
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      head: side(p.headRef, p.headSha),
      base: side(p.baseRef, p.baseSha),
      _links: {
        self: { href: self },
        html: { href: html },
        issue: { href: issue },
        comments: { href: `${issue}/comments` },
        review_comments: { href: `${self}/comments` },
        review_comment: { href: `${a}/pulls/comments{/number}` },
        commits: { href: `${self}/commits` },
        statuses: { href: `${a}/statuses/${p.headSha}` },
      },
      author_association: 'CONTRIBUTOR',
      auto_merge: null,
      draft: false,
      merged: false,
      mergeable: true,
      rebaseable: true,
      mergeable_state: 'clean',
      merged_by: null,
      comments: this.comments.filter((c) => c.repo === key(r) && c.issue === p.number).length,
      review_comments: 0,
      maintainer_can_modify: false,
      commits: 1,
      additions: sum('additions'),
      deletions: sum('deletions'),
      changed_files: p.changedFiles,
    };
  }

  private fileBody(r: FakeRepo, headSha: string, f: FakeFile): Json {
    const path = f.filename.split('/').map(encodeURIComponent).join('/');
    const additions = f.additions ?? (f.status === 'removed' ? 0 : 1);
    const deletions = f.deletions ?? (f.status === 'added' ? 0 : 1);
    return {
      sha: fakeSha(`blob:${f.filename}`),
      filename: f.filename,
      status: f.status,
      additions,
      deletions,
      changes: additions + deletions,
      blob_url: `https://github.com/${r.owner}/${r.name}/blob/${headSha}/${path}`,
      raw_url: `https://github.com/${r.owner}/${r.name}/raw/${headSha}/${path}`,
      contents_url: this.api(`/repos/${r.owner}/${r.name}/contents/${path}?ref=${headSha}`),
      ...(f.status === 'renamed' && additions + deletions === 0 ? {} : { patch: '@@ -1 +1 @@\n-old\n+new' }),
      ...(f.previous_filename !== undefined ? { previous_filename: f.previous_filename } : {}),
    };
  }

  private commentBody(r: FakeRepo, c: StoredComment): Json {
    const a = this.api(`/repos/${r.owner}/${r.name}`);
    return {
      url: `${a}/issues/comments/${c.id}`,
      html_url: `https://github.com/${r.owner}/${r.name}/pull/${c.issue}#issuecomment-${c.id}`,
      issue_url: `${a}/issues/${c.issue}`,
      id: c.id,
      node_id: `IC_${b64(`comment:${c.id}`)}`,
      user: c.author.endsWith('[bot]')
        ? { ...this.userBody(c.author, 41898282), type: 'Bot' }
        : this.userBody(c.author, 5000 + c.author.length),
      created_at: c.created_at,
      updated_at: c.updated_at,
      author_association: 'NONE',
      body: c.body,
      reactions: {
        url: `${a}/issues/comments/${c.id}/reactions`,
        total_count: 0,
        '+1': 0,
        '-1': 0,
        laugh: 0,
        hooray: 0,
        confused: 0,
        heart: 0,
        rocket: 0,
        eyes: 0,
      },
      performed_via_github_app: null,
    };
  }
}

function failureReply(f: { kind: FailureKind; retryAfter: number }): Reply {
  if (f.kind === 'bad-gateway') {
    return { status: 502, body: { message: 'Server Error' }, component: 'basic-error' };
  }
  if (f.kind === 'too-many-requests') {
    return {
      status: 429,
      headers: { 'retry-after': String(f.retryAfter) },
      body: {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url: `${DOCS}/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits`,
      },
      component: 'basic-error',
    };
  }
  return {
    status: 403,
    headers: { 'retry-after': String(f.retryAfter) },
    body: {
      message: 'You have exceeded a secondary rate limit. Wait a little before making more requests.',
      documentation_url: `${DOCS}/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits`,
    },
    component: 'basic-error',
  };
}

function notFound(): Reply {
  return {
    status: 404,
    body: { message: 'Not Found', documentation_url: DOCS, status: '404' },
    component: 'basic-error',
  };
}

/** GitHub's longest comment body, in characters. */
const COMMENT_MAX = 65_536;

function forbidden(): Reply {
  return {
    status: 403,
    body: {
      message: 'Resource not accessible by integration',
      documentation_url: `${DOCS}/issues/comments#create-an-issue-comment`,
      status: '403',
    },
    component: 'basic-error',
  };
}

function tooLong(): Reply {
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [
        {
          resource: 'IssueComment',
          code: 'custom',
          field: 'body',
          message: 'body is too long (maximum is 65536 characters)',
        },
      ],
      documentation_url: `${DOCS}/issues/comments#create-an-issue-comment`,
      status: '422',
    },
    component: 'validation-error',
  };
}

function invalid(field: string): Reply {
  return {
    status: 422,
    body: {
      message: 'Invalid request.',
      documentation_url: DOCS,
      errors: [{ resource: 'IssueComment', field, code: 'missing_field' }],
    },
    component: 'validation-error',
  };
}

const key = (r: FakeRepo) => `${r.owner}/${r.name}`;
const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.trunc(n)));
const b64 = (s: string) => Buffer.from(s).toString('base64url');

/** A deterministic 40-hex sha for a label, so fixtures read the same on every run. */
export function fakeSha(label: string): string {
  let h = 0x811c9dc5;
  let out = '';
  for (let round = 0; out.length < 40; round++) {
    for (const ch of `${label}#${round}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out.slice(0, 40);
}
