export const id = 394;
export const ids = [394];
export const modules = {

/***/ 4394:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listPullRequestFiles: () => (/* binding */ listPullRequestFiles)
/* harmony export */ });
/* unused harmony export PULL_REQUEST_FILES_CAP */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9025);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6856);
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
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(opts.token);
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
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Pull request #${opts.pullNumber} changes ${pull.changed_files} files but GitHub lists only ${files.length} (at most ${PULL_REQUEST_FILES_CAP}).`);
    }
    return { paths: [...paths].sort(), truncated };
}
function createClient(token, baseUrl, policy = {}) {
    const retries = policy.retries ?? 3;
    const unit = policy.retryAfterBaseValue ?? 1000;
    const maxWait = policy.maxRateLimitWait ?? 60;
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q)(token, {
        ...(baseUrl ? { baseUrl } : {}),
        log: {
            debug: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(m),
            info: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(m),
            warn: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(m),
            error: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(m),
        },
        // 5xx and network errors: plugin-retry, n² units after the n-th failure.
        retry: { retries, retryAfterBaseValue: unit },
        // 403/429 rate limits: plugin-throttling, waiting what GitHub's headers ask for.
        throttle: {
            retryAfterBaseValue: unit,
            onSecondaryRateLimit: (after, o, _k, count) => {
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Secondary rate limit on ${o.method} ${o.url}; retrying in ${after}s (${count + 1}/${retries}).`);
                return count < retries;
            },
            onRateLimit: (after, o, _k, count) => {
                if (count >= retries || after > maxWait)
                    return false;
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Rate limit reached on ${o.method} ${o.url}; retrying in ${after}s (${count + 1}/${retries}).`);
                return true;
            },
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
}


/***/ })

};
