export const id = 243;
export const ids = [243];
export const modules = {

/***/ 243:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  listPullRequestFiles: () => (/* binding */ listPullRequestFiles)
});

// UNUSED EXPORTS: PULL_REQUEST_FILES_CAP

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(9025);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./.build/shared/github/client.js
/**
 * The one Octokit client every action uses: @actions/github's, with plugin-retry for 5xx and network
 * errors and plugin-throttling for GitHub's primary and secondary rate limits (403/429 with
 * `retry-after` or `x-ratelimit-reset`), logging through @actions/core.
 */




/** A client for `token` at `baseUrl` (GitHub's API when undefined). The caller masks the token. */
function createClient(token, baseUrl, policy = {}) {
    const retries = policy.retries ?? 3;
    const unit = policy.retryAfterBaseValue ?? 1000;
    const maxWait = policy.maxRateLimitWait ?? 60;
    return (0,github/* getOctokit */.Q)(token, {
        ...(baseUrl ? { baseUrl } : {}),
        log: {
            debug: (m) => core/* debug */.Yz(m),
            info: (m) => core/* debug */.Yz(m),
            warn: (m) => core/* warning */.$e(m),
            error: (m) => core/* warning */.$e(m),
        },
        // 5xx and network errors: plugin-retry, n² units after the n-th failure.
        retry: { retries, retryAfterBaseValue: unit },
        // 403/429 rate limits: plugin-throttling, waiting what GitHub's headers ask for.
        throttle: {
            retryAfterBaseValue: unit,
            onSecondaryRateLimit: (after, o, _k, count) => {
                core/* info */.pq(`Secondary rate limit on ${o.method} ${o.url}; retrying in ${after}s (${count + 1}/${retries}).`);
                return count < retries;
            },
            onRateLimit: (after, o, _k, count) => {
                if (count >= retries || after > maxWait)
                    return false;
                core/* info */.pq(`Rate limit reached on ${o.method} ${o.url}; retrying in ${after}s (${count + 1}/${retries}).`);
                return true;
            },
        },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}

;// CONCATENATED MODULE: ./.build/shared/github/pr-files.js
/**
 * The files a pull request changes, from GitHub's REST API: the way to plan a pull request when the
 * checkout is too shallow to diff and its base cannot be fetched.
 */


/** GitHub lists at most this many files for a pull request. */
const PULL_REQUEST_FILES_CAP = 3000;
/**
 * Lists the paths a pull request changes, following pagination, with retries and backoff on server
 * errors and rate limits. Masks `token` in the job log before anything else.
 *
 * @throws the Octokit `RequestError` once retries are exhausted or on a client error (401, 404, ...).
 */
async function listPullRequestFiles(opts) {
    core/* setSecret */.Pq(opts.token);
    const octokit = createClient(opts.token, opts.baseUrl ?? process.env['GITHUB_API_URL'], opts.retry);
    const params = { owner: opts.owner, repo: opts.repo, pull_number: opts.pullNumber };
    const { data: pull } = await octokit.rest.pulls.get(params);
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, { ...params, per_page: 100 });
    const paths = new Set();
    for (const f of files) {
        paths.add(f.filename);
        // A rename empties its old path, which may sit in another service's build context.
        if (f.previous_filename)
            paths.add(f.previous_filename);
    }
    const truncated = pull.changed_files > files.length;
    if (truncated) {
        core/* info */.pq(`Pull request #${opts.pullNumber} changes ${pull.changed_files} files but GitHub lists only ${files.length} (at most ${PULL_REQUEST_FILES_CAP}).`);
    }
    return { paths: [...paths].sort(), truncated };
}


/***/ })

};
