import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
import * as __WEBPACK_EXTERNAL_MODULE__undici_lazy_cjs_d0e2f39e__ from "./undici-lazy.cjs";
/******/ var __webpack_modules__ = ({

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/* unused reexport */ __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var net = __nccwpck_require__(9278);
var tls = __nccwpck_require__(4756);
var http = __nccwpck_require__(8611);
var https = __nccwpck_require__(5692);
var events = __nccwpck_require__(4434);
var assert = __nccwpck_require__(2613);
var util = __nccwpck_require__(9023);


__webpack_unused_export__ = httpOverHttp;
__webpack_unused_export__ = httpsOverHttp;
__webpack_unused_export__ = httpOverHttps;
__webpack_unused_export__ = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
__webpack_unused_export__ = debug; // for test


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 8930:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ InputError),
/* harmony export */   v: () => (/* binding */ ToolError)
/* harmony export */ });
/**
 * Errors the core throws. Only `run()` (shared/runtime/run.ts) turns them into a failed step, so a module
 * never calls `setFailed` itself and tests can assert on the thrown value.
 */
/**
 * Bad input from the user: an action input, a Compose file, a Dockerfile, the manifest. The message
 * names the input (or file and line), what is wrong and how to fix it.
 */
class InputError extends Error {
    details;
    name = 'InputError';
    constructor(message, details = {}) {
        super(InputError.format(message, details));
        this.details = details;
    }
    static format(message, d) {
        const where = d.location
            ? `${d.location.file}${d.location.line ? `:${d.location.line}` : ''}${d.location.line && d.location.column ? `:${d.location.column}` : ''}: `
            : '';
        const input = d.input ? `input '${d.input}': ` : '';
        const fix = d.fix ? ` Fix: ${d.fix}` : '';
        return `${input}${where}${message}${fix}`;
    }
}
/** An external tool failed; keeps the tail of its stderr for the message. */
class ToolError extends Error {
    command;
    exitCode;
    stderr;
    name = 'ToolError';
    constructor(command, exitCode, stderr) {
        const tail = stderr.trim().split('\n').slice(-8).join('\n');
        super(`${command} exited with code ${exitCode}${tail ? `:\n${tail}` : ''}`);
        this.command = command;
        this.exitCode = exitCode;
        this.stderr = stderr;
    }
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./.build/shared/registry/docker-config.js
/** The docker CLI's configuration folder and files, as the CLI and its plugins find them. */



/** `$DOCKER_CONFIG`, else `~/.docker`. */
function dockerConfigDir(env, home = (0,external_node_os_namespaceObject.homedir)()) {
    return env['DOCKER_CONFIG'] || (0,external_node_path_.join)(home, '.docker');
}
/** A file's text, or undefined when it does not exist or cannot be read. */
function readOptionalFile(path) {
    try {
        return (0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8');
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./.build/shared/buildx/plugin.js
/**
 * Where the buildx CLI plugin is, found as the docker CLI finds it, so that builds can run it
 * directly: `docker buildx build` starts the docker CLI, which runs the plugin once to read its
 * metadata and then again for the command, ≈0.1 s (on a 2-core runner) before buildx does anything.
 * The plugin runs standalone with the same behaviour (docker/actions-toolkit's `Buildx` runs it so
 * where the docker CLI is missing): it reads DOCKER_HOST, DOCKER_CONFIG, DOCKER_CONTEXT and the
 * contexts itself.
 */



// github.com/docker/cli cli-plugins/manager: defaultSystemPluginDirs per OS.
const UNIX_DIRS = [
    '/usr/local/lib/docker/cli-plugins',
    '/usr/local/libexec/docker/cli-plugins',
    '/usr/lib/docker/cli-plugins',
    '/usr/libexec/docker/cli-plugins',
];
const SYSTEM_DIRS = {
    linux: UNIX_DIRS,
    darwin: [...UNIX_DIRS, '/Applications/Docker.app/Contents/Resources/cli-plugins'],
};
/**
 * The `docker-buildx` the docker CLI would run: `cliPluginsExtraDirs` of the CLI's config.json, then
 * `$DOCKER_CONFIG/cli-plugins` (default `~/.docker/cli-plugins`), then the system folders. Undefined
 * where there is none (Windows, a docker CLI with buildx built in): callers then run `docker buildx`.
 */
function findBuildxPlugin(lookup = {}) {
    const env = lookup.env ?? process.env;
    const platform = lookup.platform ?? process.platform;
    const system = SYSTEM_DIRS[platform];
    if (!system)
        return undefined;
    const isExecutable = lookup.isExecutable ?? executable;
    const read = lookup.readFile ?? readOptionalFile;
    const configDir = dockerConfigDir(env, lookup.home);
    let extra = [];
    try {
        const cfg = JSON.parse(read((0,external_node_path_.join)(configDir, 'config.json')) ?? '{}');
        if (Array.isArray(cfg.cliPluginsExtraDirs))
            extra = cfg.cliPluginsExtraDirs.filter((d) => typeof d === 'string');
    }
    catch {
        // An unreadable config: the docker CLI would refuse it too; `docker buildx` reports it.
        return undefined;
    }
    for (const dir of [...extra, (0,external_node_path_.join)(configDir, 'cli-plugins'), ...system]) {
        const candidate = (0,external_node_path_.join)(dir, 'docker-buildx');
        if (isExecutable(candidate))
            return candidate;
    }
    return undefined;
}
function executable(path) {
    try {
        (0,external_node_fs_namespaceObject.accessSync)(path, external_node_fs_namespaceObject.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./.build/shared/oci/digest.js
/** Content digests: what a registry names a manifest or blob by (image-spec descriptor.md "Digests"). */

/** `sha256:<hex>` of the bytes (a string counts as its UTF-8 bytes). */
function sha256Digest(bytes) {
    return `sha256:${(0,external_node_crypto_namespaceObject.createHash)('sha256').update(bytes).digest('hex')}`;
}

;// CONCATENATED MODULE: ./.build/shared/oci/reference.js
/**
 * Image references as the distribution spec spells them (`[host[:port]/]path[:tag][@digest]`), after
 * github.com/distribution/reference's grammar. Pure: validation only, no normalisation to docker.io,
 * because every name here is passed on to buildx, which normalises it itself.
 */
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*(?::[0-9]+)?)`;
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const NAME = `(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const NAME_RE = new RegExp(`^${NAME}$`);
/** A tag: up to 128 word characters, dots and dashes, not starting with a dot or dash. */
const TAG_RE = /^[\w][\w.-]{0,127}$/;
/** A sha256 digest, the only algorithm registries and BuildKit use in practice. */
const DIGEST_RE = /^sha256:[a-f0-9]{64}$/;
/** Splits a reference into name, tag and digest; `undefined` when it is not a valid reference. */
function parseReference(ref) {
    let rest = ref;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST_RE.test(digest))
            return undefined;
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG_RE.test(tag))
            return undefined;
    }
    if (!isRepository(rest))
        return undefined;
    return { name: rest, ...(tag !== undefined && { tag }), ...(digest !== undefined && { digest }) };
}
const PATH_RE = new RegExp(`^${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`);
/**
 * True for a repository name without tag or digest (`ghcr.io/acme/api`, `127.0.0.1:5000/x`). As
 * docker reads names, the first component is a registry host only when it has a `.` or `:` or is
 * `localhost`; everything else must be lower-case path components.
 */
function isRepository(name) {
    if (!name || name.length > 255 || !NAME_RE.test(name))
        return false;
    const slash = name.indexOf('/');
    const first = slash < 0 ? '' : name.slice(0, slash);
    return PATH_RE.test(isRegistryHost(first) ? name.slice(slash + 1) : name);
}
/** True when a name's first component is a registry host: it has a `.` or `:`, or is `localhost`. */
function isRegistryHost(component) {
    return component.includes('.') || component.includes(':') || component === 'localhost';
}
/** Registry host and repository path of an image name, as docker resolves them (Docker Hub's
 * official images under `library/`). */
function splitName(name) {
    const slash = name.indexOf('/');
    const first = slash < 0 ? '' : name.slice(0, slash);
    if (isRegistryHost(first))
        return { host: first, repository: name.slice(slash + 1) };
    return { host: 'docker.io', repository: slash < 0 ? `library/${name}` : name };
}
/** `name@digest`, the immutable form every output and named context uses. */
function pinned(name, digest) {
    return `${name}@${digest}`;
}
/**
 * A string made safe for a tag (and for a cache scope or a file name): characters outside
 * `[A-Za-z0-9_.-]` become `-`, leading dots and dashes go, and it is cut to `max` characters.
 */
function slug(value, max = 128) {
    const s = value
        .replace(/[^A-Za-z0-9_.-]+/g, '-')
        .replace(/^[.-]+/, '')
        .replace(/-+$/, '');
    return s.slice(0, max).replace(/[.-]+$/, '');
}

;// CONCATENATED MODULE: ./.build/shared/oci/media-types.js
/**
 * The media types the suite tells apart: manifests and indexes (OCI image-spec, Docker's
 * distribution schema 2), layer blobs, image configs and BuildKit's cache config.
 */
const MEDIA_TYPES = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
};
/** Every manifest and index type: what a registry is asked for, and what an index entry may be. */
const MANIFEST_TYPES = Object.values(MEDIA_TYPES);
/** The index (manifest list) types. */
const INDEX_TYPES = [MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerList];
/**
 * The config media type of BuildKit's cache (moby/buildkit cache/remotecache/v1/spec.go
 * `CacheConfigMediaTypeV0`): the one thing that tells a registry cache from an image.
 */
const CACHE_CONFIG_TYPE = 'application/vnd.buildkit.cacheconfig.v0';
/** Layer blobs, OCI and Docker (gzip, zstd, uncompressed), as BuildKit's cache index lists them. */
const LAYER_RE = /^application\/vnd\.(oci\.image\.layer\.v1\.tar|docker\.image\.rootfs\.(foreign\.)?diff\.tar)/;
function isLayerType(mediaType) {
    return LAYER_RE.test(mediaType);
}
/** An image config, OCI (`…image.config.v1+json`) or Docker (`…container.image.v1+json`). */
function isImageConfigType(mediaType) {
    return /image\.config|container\.image\.v1/.test(mediaType);
}

;// CONCATENATED MODULE: ./.build/shared/registry/challenge.js
/**
 * `WWW-Authenticate` challenges as a registry sends them: Basic, or Bearer with the token service
 * (`realm`), `service` and `scope` to ask it for (distribution's token authentication).
 */
/** The challenge's scheme and, for Bearer, its parameters (names lower-cased); undefined for others. */
function parseChallenge(header) {
    if (/^basic\b/i.test(header))
        return { scheme: 'basic' };
    if (!/^bearer\b/i.test(header))
        return undefined;
    const params = Object.fromEntries([...header.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1].toLowerCase(), m[2]]));
    return { scheme: 'bearer', params };
}
/** The challenge without its `scope`, so that the token asked for is for another scope. */
function withoutScope(header) {
    return header.replace(/,?\s*scope="[^"]*"/i, '');
}

;// CONCATENATED MODULE: ./.build/shared/registry/hosts.js
/** Which hosts are this machine's own: a registry or endpoint there is reached over plain HTTP. */
/**
 * True for loopback hosts (`localhost`, `127.x.x.x`, `[::1]`, with or without a port), which Docker
 * also reaches over plain HTTP.
 */
function isLoopbackHost(host) {
    const h = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}
/**
 * True when `host` (`host[:port]`) is one of `hosts`, where an entry without a port stands for
 * every port of that host, as in docker's `insecure-registries`.
 */
function isNamedHost(host, hosts) {
    const bare = host.replace(/:\d+$/, '');
    return hosts.some((h) => h === host || (!h.includes(':') && h === bare));
}

;// CONCATENATED MODULE: ./.build/shared/registry/credentials.js
/**
 * Where registry credentials may go: only where they cannot be read on the way, over https, or over
 * plain HTTP to a loopback host or a registry the user named insecure.
 */

/**
 * Why credentials must not be sent to `url`, or undefined when they may: https always may; plain
 * HTTP only to a loopback host or to a host in `insecureHosts` (`host:port`, or a bare host for any
 * port). Anything else could be read or changed on the way.
 */
function credentialsRefusal(url, insecureHosts = []) {
    if (url.protocol === 'https:')
        return undefined;
    if (url.protocol !== 'http:')
        return `${url.protocol} is not https`;
    if (isLoopbackHost(url.host))
        return undefined;
    const named = insecureHosts.some((h) => h === url.host || (!/:\d+$/.test(h) && h === url.hostname));
    if (named)
        return undefined;
    return `it is plain HTTP, and ${url.host} is neither a loopback host nor a registry named insecure`;
}

;// CONCATENATED MODULE: ./.build/shared/registry/errors.js
/** What the registry client throws, and how a registry's error body is read. */
/** A registry answered with an error status; `code` is the first OCI error code when it gave one. */
class RegistryError extends Error {
    method;
    url;
    status;
    code;
    name = 'RegistryError';
    constructor(method, url, status, code, detail) {
        super(`${method} ${url}: ${status}${code ? ` ${code}` : ''}${detail ? `: ${detail}` : ''}`);
        this.method = method;
        this.url = url;
        this.status = status;
        this.code = code;
    }
}
/**
 * Registry credentials were not sent where they could be read on the way. The message says where
 * and why, never the credentials.
 */
class CredentialsRefusedError extends Error {
    name = 'CredentialsRefusedError';
}
/**
 * The first error of an OCI error body (`{"errors":[{"code","message"}]}`, distribution-spec
 * "Error Codes"); a body that is not one gives its first 200 characters as the message.
 */
function parseOciError(text) {
    try {
        const e = JSON.parse(text).errors?.[0];
        return { code: e?.code, message: e?.message };
    }
    catch {
        return { message: text.trim().slice(0, 200) };
    }
}

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
;// CONCATENATED MODULE: ./.build/shared/registry/http.js
/**
 * The part of `fetch` the registry client uses, over node:http and node:https. Node's global fetch
 * loads and compiles undici on first use (≈65 ms) and its idle keep-alive socket then holds the
 * process open for a few hundred milliseconds after the action is done: together as slow as the
 * `buildx imagetools inspect` the direct manifest read replaces. Idle sockets of a node:http agent
 * do not keep the process alive.
 */


const agents = { http: new external_node_http_namespaceObject.Agent({ keepAlive: true }), https: new external_node_https_namespaceObject.Agent({ keepAlive: true }) };
const MAX_REDIRECTS = 5;
/** What the client reads from a response: a subset of the Fetch API's Response. */
class NodeResponse {
    status;
    body;
    ok;
    /** Header lookup by name, any case (the global Headers class would load undici). */
    headers;
    constructor(status, raw, body) {
        this.status = status;
        this.body = body;
        this.ok = status >= 200 && status < 300;
        this.headers = {
            get: (name) => {
                const v = raw[name.toLowerCase()];
                return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
            },
        };
    }
    async arrayBuffer() {
        return this.body.buffer.slice(this.body.byteOffset, this.body.byteOffset + this.body.byteLength);
    }
    async text() {
        return this.body.toString('utf8');
    }
    async json() {
        return JSON.parse(this.body.toString('utf8'));
    }
}
/** No answer within this long (connect included) fails the request, which the client may retry. */
const TIMEOUT_MS = 30_000;
function once(url, method, headers, timeoutMs) {
    const secure = url.protocol === 'https:';
    if (!secure && url.protocol !== 'http:')
        return Promise.reject(new TypeError(`unsupported URL ${url.href}`));
    const send = secure ? external_node_https_namespaceObject.request : external_node_http_namespaceObject.request;
    return new Promise((resolve, reject) => {
        const req = send(url, { method, headers, agent: secure ? agents.https : agents.http }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => resolve(new NodeResponse(res.statusCode ?? 0, res.headers, Buffer.concat(chunks))));
            res.on('error', reject);
        });
        req.on('error', reject);
        // A firewall that drops packets would otherwise leave the connect hanging for minutes.
        req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer from ${url.host} within ${timeoutMs} ms`)));
        req.end();
    });
}
/**
 * `fetch(url, { method, headers, redirect })` for GET, HEAD and DELETE without a body. Redirects
 * are followed (registries send blob downloads to storage) as browsers follow them: the
 * Authorization header is dropped at the first hop to another origin (scheme, host or port), so
 * credentials never reach another host, nor the same host over plain HTTP after https.
 */
const nodeFetch = createNodeFetch(TIMEOUT_MS);
/** nodeFetch with its own time limit per request. */
function createNodeFetch(timeoutMs) {
    return (async (input, init = {}) => followRedirects(input, init, (url, method, headers) => once(url, method, headers, timeoutMs)));
}
/**
 * Sends `input` through `hop`, following up to five redirects (unless `init.redirect` is
 * `manual`). Credentials go no further than the origin they were given for: at a hop to another
 * origin the Authorization header is removed and stays removed (the Fetch standard's "HTTP-redirect
 * fetch" step for cross-origin redirects, which browsers and undici follow): a redirect from https
 * to http, even on the same host, is such a hop.
 */
async function followRedirects(input, init, hop) {
    let url = new URL(String(input));
    const method = (init.method ?? 'GET').toUpperCase();
    const headers = { ...(init.headers ?? {}) };
    for (let n = 0;; n++) {
        const res = await hop(url, method, { ...headers });
        const location = res.headers.get('location');
        if (init.redirect === 'manual' || ![301, 302, 303, 307, 308].includes(res.status) || !location)
            return res;
        if (n >= MAX_REDIRECTS)
            throw new TypeError(`too many redirects from ${withoutQuery(new URL(String(input)))}`);
        const next = new URL(location, url);
        if (next.origin !== url.origin) {
            for (const k of Object.keys(headers))
                if (k.toLowerCase() === 'authorization')
                    delete headers[k];
        }
        url = next;
    }
}
/** A URL as it may be shown: origin and path, without the query (it may hold a signature). */
function withoutQuery(url) {
    return `${url.origin}${url.pathname}`;
}
/** True when HTTP(S)_PROXY applies to `host` (NO_PROXY aside): node:http does not use proxies. */
function proxiedHost(host, env = process.env) {
    const proxy = env['HTTPS_PROXY'] ?? env['https_proxy'] ?? env['HTTP_PROXY'] ?? env['http_proxy'];
    if (!proxy)
        return false;
    const name = host.replace(/:\d+$/, '').toLowerCase();
    const noProxy = (env['NO_PROXY'] ?? env['no_proxy'] ?? '').split(',').map((x) => x.trim().toLowerCase());
    return !noProxy.some((n) => n === '*' || (n && (name === n.replace(/^\./, '') || name.endsWith(n.startsWith('.') ? n : `.${n}`))));
}

;// CONCATENATED MODULE: ./.build/shared/registry/pagination.js
/** Distribution's pagination of catalog and tag lists: the next page is named in a `Link` header. */
/** The `rel="next"` target of a `Link` header, as distribution paginates. */
function nextLink(link) {
    if (!link)
        return undefined;
    for (const part of link.split(',')) {
        const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
        if (m)
            return m[1];
    }
    return undefined;
}

;// CONCATENATED MODULE: ./.build/shared/runtime/retry.js
/**
 * One backoff for every retry (buildx runs, registry calls): exponential, capped, with "equal
 * jitter" so that parallel jobs that failed together do not retry together.
 */
/**
 * The pause before retry number `attempt` (0-based): `base * 2^attempt`, capped at `max`, then
 * scaled by a random factor in [0.5, 1).
 */
function backoffMs(attempt, backoff, random) {
    const ceiling = Math.min(backoff.maxMs, backoff.baseMs * 2 ** attempt);
    return Math.round(ceiling * (0.5 + random() / 2));
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

;// CONCATENATED MODULE: ./.build/shared/registry/client.js
/**
 * A client for the OCI distribution API (https://github.com/opencontainers/distribution-spec):
 * catalog and tag listing with `Link` pagination, manifests by tag or digest, blobs, deletion.
 * Authenticates with Basic credentials or the token flow a `WWW-Authenticate: Bearer` challenge
 * asks for (Docker Hub, GHCR, Harbor...). Credentials go only where they cannot be read on the way
 * (credentials.ts), and never to another origin than the registry's (a pagination link, a
 * redirect). Transient failures (5xx, 429, connection resets) of every request, the token service's
 * included, are retried with exponential backoff, each retry reported to `log`.
 * `fetch` and `sleep` are injectable so tests observe both.
 */








/** A registry answers in milliseconds: the first retry comes quickly. */
const REGISTRY_BACKOFF = { baseMs: 250, maxMs: 8000 };
const ACCEPT = MANIFEST_TYPES.join(', ');
class RegistryClient {
    opts;
    base;
    fetchFn;
    sleep;
    tokens = new Map();
    /** Number of requests sent, retries included (for tests and the summary). */
    requests = 0;
    origin;
    insecureHosts;
    constructor(opts) {
        this.opts = opts;
        const host = opts.host === 'docker.io' ? 'registry-1.docker.io' : opts.host;
        this.base = `${opts.insecure ? 'http' : 'https'}://${host}`;
        this.origin = new URL(this.base).origin;
        this.insecureHosts = [...(opts.insecure ? [host] : []), ...(opts.insecureHosts ?? [])];
        this.fetchFn = opts.fetch ?? nodeFetch;
        this.sleep = opts.sleep ?? sleep;
    }
    /** Every repository name (`GET /v2/_catalog`, all pages). */
    async catalog(pageSize = 100) {
        const out = [];
        for await (const page of this.pages(`/v2/_catalog?n=${pageSize}`, 'registry:catalog:*'))
            out.push(...(page.repositories ?? []));
        return out;
    }
    /** Every tag of `repo` (`GET /v2/<name>/tags/list`, all pages). */
    async tags(repo, pageSize = 100) {
        const out = [];
        for await (const page of this.pages(`/v2/${repo}/tags/list?n=${pageSize}`, pullScope(repo))) {
            out.push(...(page.tags ?? []));
        }
        return out;
    }
    /**
     * A manifest by tag or digest, with the digest of the bytes served: what is signed, scanned or
     * read by that digest afterwards is these bytes. A registry whose digest header disagrees with
     * its bytes is not trusted.
     */
    async manifest(repo, reference) {
        const path = `/v2/${repo}/manifests/${reference}`;
        const res = await this.request('GET', path, pullScope(repo), { Accept: ACCEPT });
        const body = Buffer.from(await res.arrayBuffer());
        const manifest = JSON.parse(body.toString('utf8'));
        const digest = sha256Digest(body);
        // A digest asked for is its caller's to compare (each action says what it expected).
        const header = res.headers.get('docker-content-digest');
        if (header && header !== digest) {
            const why = `served bytes whose digest is ${digest}, not the ${header} its header names`;
            throw new RegistryError('GET', `${this.base}${path}`, res.status, undefined, why);
        }
        const mediaType = manifest.mediaType ?? res.headers.get('content-type')?.split(';')[0] ?? '';
        return { digest, mediaType, size: body.length, manifest, raw: body.toString('utf8') };
    }
    /** The digest a tag points to (`HEAD`), or undefined when the tag does not exist. */
    async digest(repo, reference) {
        try {
            const res = await this.request('HEAD', `/v2/${repo}/manifests/${reference}`, pullScope(repo), {
                Accept: ACCEPT,
            });
            return res.headers.get('docker-content-digest') ?? undefined;
        }
        catch (err) {
            if (err instanceof RegistryError && err.status === 404)
                return undefined;
            throw err;
        }
    }
    /**
     * Answers the registry's challenge for pulling `repo` ahead of the first real request (`GET /v2/`
     * opens the connection; a Basic or Bearer challenge is answered for the pull scope), so that
     * request needs no round trip to a token service. Throws what the token service refused.
     */
    async authorize(repo) {
        const scope = pullScope(repo);
        if (this.tokens.has(scope) || this.tokens.has('*'))
            return;
        const res = await this.send('GET', `${this.base}/v2/`, () => ({}));
        await res.arrayBuffer().catch(() => undefined);
        const challenge = res.status === 401 ? res.headers.get('www-authenticate') : null;
        // The base endpoint's challenge names no repository (or another one): ask for this one's pull.
        if (challenge)
            await this.authenticate(withoutScope(challenge), scope);
    }
    /** A JSON blob (an image config). */
    async blobJson(repo, digest) {
        const res = await this.request('GET', `/v2/${repo}/blobs/${digest}`, pullScope(repo));
        return JSON.parse(await res.text());
    }
    /** Deletes a manifest by digest; every tag pointing at it goes with it. */
    async deleteManifest(repo, digest) {
        try {
            await this.request('DELETE', `/v2/${repo}/manifests/${digest}`, `repository:${repo}:delete`);
        }
        catch (err) {
            if (err instanceof RegistryError && (err.status === 405 || err.code === 'UNSUPPORTED')) {
                throw new RegistryError(err.method, err.url, err.status, err.code, 'the registry does not allow deletes (distribution: set storage.delete.enabled: true, or REGISTRY_STORAGE_DELETE_ENABLED=true)');
            }
            throw err;
        }
    }
    async *pages(first, scope) {
        let next = first;
        while (next) {
            const res = await this.request('GET', next, scope);
            yield (await res.json());
            next = nextLink(res.headers.get('link'));
        }
    }
    /** One request with auth and retries; throws RegistryError on a final non-2xx status. */
    async request(method, path, scope, headers = {}) {
        const url = path.startsWith('http') ? path : `${this.base}${path}`;
        // A token or Basic credentials are for the registry's origin only: a pagination link to another
        // host (or to plain HTTP) is followed without them.
        const sameOrigin = new URL(url).origin === this.origin;
        const withAuth = () => {
            const auth = sameOrigin ? (this.tokens.get(scope) ?? this.tokens.get('*')) : undefined;
            return { ...headers, ...(auth ? { Authorization: auth } : {}) };
        };
        let res = await this.send(method, url, withAuth);
        if (res.status === 401 && sameOrigin) {
            const challenge = res.headers.get('www-authenticate');
            await res.arrayBuffer().catch(() => undefined);
            if (challenge && (await this.authenticate(challenge, scope)))
                res = await this.send(method, url, withAuth);
        }
        if (!res.ok) {
            const text = method === 'HEAD' ? '' : await res.text().catch(() => '');
            const { code, message } = parseOciError(text);
            throw new RegistryError(method, url, res.status, code, [
                message ||
                    (res.status === 401 ? 'unauthorized: check registry-username and registry-password' : ''),
                client_transient(res.status) ? this.gaveUp() : '',
            ]
                .filter(Boolean)
                .join(' '));
        }
        return res;
    }
    /**
     * Sends one request, again after a transient failure (a network error, 5xx, 429) until the
     * retries are spent; returns the last answer, whatever its status. Every call to the registry and
     * its token service goes through here, so each is retried the same way.
     */
    async send(method, url, headers) {
        const retries = this.opts.retries ?? 4;
        const shown = typeof url === 'string' ? url : withoutQuery(url);
        for (let attempt = 0;; attempt++) {
            let res;
            try {
                this.requests++;
                res = await this.fetchFn(url, { method, headers: headers(), redirect: 'follow' });
            }
            catch (err) {
                if (attempt < retries) {
                    await this.backoff(attempt, `${method} ${shown}: ${describe(err)}`);
                    continue;
                }
                throw new Error(`${method} ${shown}: ${describe(err)} ${this.gaveUp()}`, { cause: err });
            }
            if (client_transient(res.status) && attempt < retries) {
                await res.arrayBuffer().catch(() => undefined);
                await this.backoff(attempt, `${method} ${shown}: ${res.status}`, retryAfter(res.headers.get('retry-after')));
                continue;
            }
            return res;
        }
    }
    /** What a failure after every retry says: how often it was tried, and what to do. */
    gaveUp() {
        return `(after ${(this.opts.retries ?? 4) + 1} attempts); the registry kept failing: check that ${this.opts.host} is up and reachable, then run the job again`;
    }
    async backoff(attempt, why, after) {
        const ms = after ?? backoffMs(attempt, this.opts.backoff ?? REGISTRY_BACKOFF, this.opts.random ?? Math.random);
        this.opts.log?.(`${why}; retrying in ${ms} ms (attempt ${attempt + 2} of ${(this.opts.retries ?? 4) + 1})`);
        await this.sleep(ms);
    }
    /**
     * Answers a challenge: Basic sends the credentials, Bearer fetches a token for the scope.
     *
     * @throws CredentialsRefusedError when the credentials would go where they could be read on the
     *   way (a token service over plain HTTP that is neither loopback nor named insecure).
     */
    async authenticate(challenge, scope) {
        const { username, password } = this.opts;
        const basic = username || password
            ? `Basic ${Buffer.from(`${username ?? ''}:${password ?? ''}`).toString('base64')}`
            : undefined;
        const parsed = parseChallenge(challenge);
        if (parsed?.scheme === 'basic') {
            if (!basic)
                return false;
            this.refuseCredentials(new URL(this.base), 'the registry');
            this.tokens.set('*', basic);
            return true;
        }
        if (!parsed)
            return false;
        const { params } = parsed;
        if (!params['realm'])
            return false;
        let url;
        try {
            url = new URL(params['realm']);
        }
        catch {
            throw new RegistryError('GET', `${this.base}/v2/`, 401, undefined, 'the token service address (realm) is not a URL');
        }
        // Anonymous token requests carry nothing secret; credentials go only where nobody reads them.
        if (basic)
            this.refuseCredentials(url, 'the token service');
        if (params['service'])
            url.searchParams.set('service', params['service']);
        url.searchParams.set('scope', params['scope'] ?? scope);
        const res = await this.send('GET', url, () => basic ? { Authorization: basic } : {});
        if (!res.ok) {
            throw new RegistryError('GET', withoutQuery(url), res.status, undefined, client_transient(res.status)
                ? `token request failed ${this.gaveUp()}`
                : 'token request failed: check registry-username and registry-password');
        }
        const body = (await res.json());
        const token = body.token ?? body.access_token;
        if (!token)
            return false;
        this.tokens.set(scope, `Bearer ${token}`);
        return true;
    }
    refuseCredentials(url, what) {
        const why = credentialsRefusal(url, this.insecureHosts);
        if (!why)
            return;
        throw new CredentialsRefusedError(`refused to send the credentials for ${this.opts.host} to ${what} at ${withoutQuery(url)}: ${why}. ` +
            `Serve it over https, or, if ${url.host} is trusted on this network, name it an insecure registry.`);
    }
}
function pullScope(repo) {
    return `repository:${repo}:pull`;
}
/** A failure worth another try: the registry or something before it is overloaded or restarting. */
function client_transient(status) {
    return status >= 500 || status === 429;
}
function retryAfter(header) {
    const s = Number(header);
    return header && Number.isFinite(s) && s >= 0 ? Math.min(s, 30) * 1000 : undefined;
}
function describe(err) {
    const cause = err.cause;
    return cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
;// CONCATENATED MODULE: ./.build/shared/runtime/command-line.js
/** Commands shown to people (logs, errors, summaries): one quoting rule, POSIX shell style. */
/** An argument as a shell would need it: bare when it is safe, single-quoted otherwise. */
function quoteArg(arg) {
    return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
/** The command as one line (secrets are never in an argument list: they go by file or variable). */
function displayCommand(cmd, args) {
    return [cmd, ...args].map(quoteArg).join(' ');
}
/**
 * The arguments of a line `displayCommand` wrote (bare words and single-quoted parts, `'\''` for a
 * quote): how a result file's `command` is read back. Pure.
 */
function splitCommand(line) {
    const args = [];
    let cur;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === "'") {
            const end = line.indexOf("'", i + 1);
            if (end < 0)
                throw new Error(`unterminated quote in: ${line}`);
            cur = (cur ?? '') + line.slice(i + 1, end);
            i = end;
        }
        else if (c === '\\' && line[i + 1] === "'") {
            cur = (cur ?? '') + "'";
            i++;
        }
        else if (c === ' ') {
            if (cur !== undefined)
                args.push(cur);
            cur = undefined;
        }
        else {
            cur = (cur ?? '') + c;
        }
    }
    if (cur !== undefined)
        args.push(cur);
    return args;
}

// EXTERNAL MODULE: ./.build/shared/runtime/errors.js
var errors = __nccwpck_require__(8930);
;// CONCATENATED MODULE: ./.build/shared/runtime/exec.js
/**
 * A small child-process wrapper. Arguments go to the program as an array, never through a shell, so
 * paths with spaces or quotes need no escaping and cannot inject commands.
 */





/**
 * Runs `cmd` with `args` and collects its output as UTF-8.
 *
 * @throws ToolError when the program exits non-zero (unless `allowFailure`), is killed by a signal,
 *   or cannot be started (exit code 127, as a shell would report it).
 */
async function execTool(cmd, args, opts = {}) {
    const display = displayCommand(cmd, args);
    const env = { ...process.env };
    for (const [k, v] of Object.entries(opts.env ?? {})) {
        if (v === undefined)
            delete env[k];
        else
            env[k] = v;
    }
    const result = await new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(cmd, args, { cwd: opts.cwd, env, stdio: ['pipe', 'pipe', 'pipe'], shell: false });
        // Collect bytes and decode once so a multi-byte character split across chunks survives.
        const out = [];
        const err = [];
        const live = opts.onStderr && { emit: opts.onStderr, decoder: new external_node_string_decoder_namespaceObject.StringDecoder('utf8') };
        child.stdout.on('data', (b) => out.push(b));
        child.stderr.on('data', (b) => {
            err.push(b);
            if (live)
                live.emit(live.decoder.write(b));
        });
        child.on('error', (e) => {
            reject(new errors/* ToolError */.v(display, e.code === 'ENOENT' ? 127 : 126, e.message));
        });
        child.on('close', (code, signal) => {
            const rest = live?.decoder.end();
            if (rest)
                live.emit(rest);
            const stderr = Buffer.concat(err).toString('utf8');
            resolve({
                code: code ?? 128 + signalNumber(signal),
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: signal ? `${stderr}\nkilled by ${signal}` : stderr,
            });
        });
        // A program that exits without reading its input makes the write fail with EPIPE; the exit
        // code already tells the story.
        child.stdin.on('error', () => undefined);
        child.stdin.end(opts.input ?? '');
    });
    if (result.code !== 0 && !opts.allowFailure)
        throw new errors/* ToolError */.v(display, result.code, result.stderr);
    return result;
}
function signalNumber(signal) {
    return (signal && external_node_os_namespaceObject.constants.signals[signal]) || 1;
}

;// CONCATENATED MODULE: ./.build/shared/registry/docker-auth.js
/**
 * Registry credentials as the docker CLI finds them after `docker login` (or docker/login-action):
 * `$DOCKER_CONFIG/config.json` (default `~/.docker/config.json`), a per-registry `credHelpers`
 * entry, else the `credsStore`, else the `auths` entry. Helpers are the docker-credential-* programs,
 * asked with `get` and the server on stdin (github.com/docker/docker-credential-helpers protocol).
 */



/** Docker Hub's historical key in `auths` and the server name its helpers store. */
const DOCKER_HUB_SERVER = 'https://index.docker.io/v1/';
/** The host part of an `auths` key, as the docker CLI compares them (scheme and path dropped). */
function authHost(key) {
    const host = key.replace(/^[a-z]+:\/\//i, '').split('/')[0] ?? '';
    return host === 'index.docker.io' || host === 'registry-1.docker.io' ? 'docker.io' : host;
}
/**
 * The credential docker would use for `host` (`ghcr.io`, `127.0.0.1:5000`, `docker.io`), or
 * undefined when there is none. A helper that fails or has no entry counts as none.
 */
async function dockerCredential(host, deps = {}) {
    const env = deps.env ?? process.env;
    const text = (deps.readConfig ?? readOptionalFile)((0,external_node_path_.join)(dockerConfigDir(env), 'config.json'));
    if (!text)
        return undefined;
    let config;
    try {
        config = JSON.parse(text);
    }
    catch {
        return undefined; // docker itself would refuse the file; the caller falls back to buildx
    }
    const wanted = authHost(host);
    const helper = Object.entries(config.credHelpers ?? {}).find(([k]) => authHost(k) === wanted)?.[1] ?? config.credsStore;
    if (helper) {
        const fromHelper = await askHelper(helper, wanted === 'docker.io' ? DOCKER_HUB_SERVER : wanted, deps);
        if (fromHelper)
            return fromHelper;
    }
    const entry = Object.entries(config.auths ?? {}).find(([k]) => authHost(k) === wanted)?.[1];
    if (!entry)
        return undefined;
    if (entry.identitytoken)
        return { identityToken: entry.identitytoken };
    if (entry.auth) {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon < 0)
            return undefined;
        return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
    }
    if (entry.username || entry.password)
        return { username: entry.username, password: entry.password };
    return undefined;
}
async function askHelper(helper, server, deps) {
    if (!/^[\w.-]+$/.test(helper))
        return undefined;
    const exec = deps.exec ?? execTool;
    let r;
    try {
        r = await exec(`docker-credential-${helper}`, ['get'], { input: server, allowFailure: true });
    }
    catch {
        return undefined; // the helper is not installed
    }
    if (r.code !== 0)
        return undefined;
    try {
        const out = JSON.parse(r.stdout);
        if (!out.Secret)
            return undefined;
        // Helpers store an identity token with the user name `<token>`.
        if (out.Username === '<token>')
            return { identityToken: out.Secret };
        return { username: out.Username, password: out.Secret };
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./.build/shared/registry/session.js
/**
 * Direct registry sessions: a RegistryClient for one repository with the credentials docker would
 * use, opened ahead so that reading a pushed manifest afterwards is one request.
 */





const DIRECT_TIMEOUT_MS = 10_000;
/** Registry reads in flight at once when a step reads many images (a registry is no place for hundreds). */
const REGISTRY_CONCURRENCY = 8;
/**
 * Opens a session for the repository `name` (no tag or digest): docker's credentials for its host
 * (a credential helper is a process to start), and the pull authorisation the registry asks for
 * (a Bearer token is a round trip to its token service) over a kept-alive connection. build-service
 * opens it while buildx builds, so that reading the pushed manifest afterwards is one request.
 * Throws where a direct read cannot work (an identity token, a proxied host).
 */
async function openDirectSession(name, opts = {}) {
    const { host, repository } = splitName(name);
    const insecure = opts.insecure || isLoopbackHost(host);
    if (!isLoopbackHost(host) && proxiedHost(host, opts.auth?.env))
        throw new Error(`${host} is reached through a proxy`);
    const cred = await dockerCredential(host, opts.auth);
    if (cred?.identityToken)
        throw new Error(`${host} uses an identity token`);
    const client = new RegistryClient({
        host,
        insecure,
        username: cred?.username,
        password: cred?.password,
        retries: opts.retries,
        // A short limit: buildx is the fallback when the registry does not answer.
        fetch: opts.fetch ?? createNodeFetch(DIRECT_TIMEOUT_MS),
        sleep: opts.sleep,
        log: opts.log,
    });
    return { client, repository };
}
/** One session per repository name, opened on first use and kept; `opts` may depend on the name. */
function sessionPool(opts) {
    const sessions = new Map();
    return (name) => {
        let s = sessions.get(name);
        if (!s) {
            s = openDirectSession(name, typeof opts === 'function' ? opts(name) : opts);
            s.catch(() => undefined); // reported by the read that uses it
            sessions.set(name, s);
        }
        return s;
    };
}
/**
 * Authorises the session's pulls ahead of its first read; settles (never rejects) once it is open
 * and authorised or has failed: a refusal is left to that read.
 */
function authorizeAhead(session) {
    return session.then((s) => s.client.authorize(s.repository).catch(() => undefined), () => undefined);
}

;// CONCATENATED MODULE: ./.build/shared/registry/read-manifest.js
/** A manifest read by digest straight from the registry, with docker's credentials. */



/**
 * Fetches the manifest `name@sha256:...` straight from the registry with docker's credentials: the
 * same bytes as `buildx imagetools inspect --raw` without starting buildx (a quarter of a second,
 * a tenth of a warm build). Throws when it cannot (no digest, an identity token, TLS or auth
 * trouble); the caller then asks buildx, which knows every way docker authenticates.
 */
async function readManifestDirect(ref, opts = {}, session) {
    const parsed = parseReference(ref);
    if (!parsed?.digest)
        throw new Error(`${ref} is not pinned by digest`);
    const { client, repository } = await (session ?? openDirectSession(parsed.name, opts));
    const m = await client.manifest(repository, parsed.digest);
    const digest = sha256Digest(m.raw);
    if (digest !== parsed.digest)
        throw new Error(`${ref}: the registry served bytes whose digest is ${digest}`);
    return { raw: m.raw, digest, json: m.manifest };
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./.build/shared/buildx/failure.js
/**
 * What a failed `docker buildx` run means: worth retrying (the registry or the network hiccuped) or
 * not (the Dockerfile, the build itself or the command is wrong), and where in the Dockerfile the
 * error sits. Pure: it reads the run's plain stderr lines and the errors of its rawjson vertexes.
 */

/**
 * Races inside the engine that a second attempt does not meet, checked before everything else (their
 * messages would otherwise read as permanent). containerd's snapshotter can lose a layer's parent
 * snapshot while BuildKit extracts onto it ("failed to prepare extraction snapshot ... parent
 * snapshot ... does not exist: not found": moby/buildkit#6521, seen on GitHub-hosted runners since
 * Docker 29 and here on the containerd image store); the next attempt extracts it again.
 */
const ENGINE_RACES = [
    ['snapshot-race', /failed to prepare extraction snapshot .*parent snapshot .* does not exist/i],
];
/**
 * Permanent failures, checked next: a build that failed on its own terms fails the same way again.
 * A RUN step's non-zero exit is permanent even when the program inside hit the network: retrying a
 * whole build for a flaky test or package mirror hides the problem.
 */
const PERMANENT = [
    ['dockerfile-parse', /dockerfile parse error|unknown instruction|failed to (?:read|parse) dockerfile/i],
    ['run-exit-code', /did not complete successfully: exit code/i],
    ['missing-source', /failed to compute cache key|failed to calculate checksum of ref|: not found$/i],
    ['target', /target stage .* could not be found/i],
    [
        'usage',
        /unknown flag|unknown shorthand flag|invalid argument|requires (?:exactly|at least) \d+ arg|invalid reference format/i,
    ],
    ['denied', /\b(?:401|403)\b|unauthorized|denied|authentication required/i],
    ['manifest-unknown', /manifest unknown|name unknown|repository .* not found/i],
];
/** Transient failures: the registry or the network, worth another attempt after a pause. */
const TRANSIENT = [
    ['registry-5xx', /\b50[0-4]\b|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out/i],
    ['rate-limit', /\b429\b|Too Many Requests|toomanyrequests/i],
    [
        'connection-reset',
        /connection reset|broken pipe|connection refused|use of closed network connection|ECONNRESET|EPIPE/i,
    ],
    ['timeout', /i\/o timeout|TLS handshake timeout|deadline exceeded|Client\.Timeout|timed out/i],
    ['unexpected-eof', /unexpected EOF|: EOF$|http2: (?:server sent GOAWAY|stream closed)/i],
    ['dns', /temporary failure in name resolution|server misbehaving/i],
];
/**
 * Classifies a failed run. Only the error itself is examined — buildx's `ERROR:` line and the
 * failing vertexes' errors — never the build's output, where a RUN step may print anything.
 */
function classifyFailure(textLines, vertexErrors = []) {
    const stderr = textLines.join('\n');
    const message = errorMessage(stderr);
    const candidates = [message, ...vertexErrors].filter(Boolean);
    for (const [reason, re] of ENGINE_RACES) {
        if (candidates.some((c) => re.test(c)))
            return { kind: 'transient', reason, message };
    }
    for (const [reason, re] of PERMANENT) {
        if (candidates.some((c) => re.test(c)))
            return { kind: 'permanent', reason, message };
    }
    for (const [reason, re] of TRANSIENT) {
        if (candidates.some((c) => re.test(c)))
            return { kind: 'transient', reason, message };
    }
    return { kind: 'permanent', reason: 'unknown', message };
}
/**
 * buildx's error: the text after the last `ERROR:` line, else the last non-blank line. The same rule
 * as actions-toolkit's `Buildx.getErrorMessage` (importing that class would bundle the toolkit's
 * installers and @actions/cache).
 */
function errorMessage(stderr) {
    const lines = (0,external_node_util_namespaceObject.stripVTControlCharacters)(stderr).split(/[\r\n]/);
    let last = '';
    for (let i = lines.length - 1; i >= 0; i--) {
        const line = lines[i].trim();
        if (line.startsWith('ERROR:'))
            return line.slice(6).trim() || 'unknown error';
        last ||= line;
    }
    return last || 'unknown error';
}
/**
 * The Dockerfile line an error points at. buildx prints the failing instruction's source as
 *
 *     Dockerfile:12
 *     --------------------
 *       11 |     COPY . .
 *       12 | >>> RUN npm test
 *     --------------------
 *
 * and older BuildKit parse errors say `dockerfile parse error on line 12`. When neither is there,
 * the failing step's instruction text (`[build 3/4] RUN npm test`) is looked up in the Dockerfile.
 */
function dockerfileLine(textLines, failingStepNames = [], dockerfileText) {
    for (let i = 0; i < textLines.length; i++) {
        const m = /^\s*\S*?:(\d+)\s*$/.exec(textLines[i]);
        if (m && /^-{5,}\s*$/.test(textLines[i + 1] ?? ''))
            return Number(m[1]);
    }
    for (const l of textLines) {
        const m = /(?:dockerfile )?parse error on line (\d+)/i.exec(l) ?? />>>.*?line (\d+)/.exec(l);
        if (m)
            return Number(m[1]);
    }
    if (dockerfileText) {
        const lines = dockerfileText.split(/\r?\n/);
        for (const name of failingStepNames) {
            const instr = /^\[[^\]]*\] (.+)$/.exec(name)?.[1]?.trim();
            if (!instr)
                continue;
            const idx = lines.findIndex((l) => l.trim() === instr);
            if (idx >= 0)
                return idx + 1;
            const first = instr.split(/\s+/).slice(0, 3).join(' ');
            const loose = lines.findIndex((l) => l.trim().startsWith(first));
            if (loose >= 0)
                return loose + 1;
        }
    }
    return undefined;
}
/** The last `n` plain stderr lines, for an error message (the tool's own words). */
function lastLines(textLines, n = 12) {
    return textLines.slice(-n);
}

;// CONCATENATED MODULE: ./.build/shared/buildx/rawjson.js
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
/**
 * An incremental scanner: `push` text as it arrives, `end` when the stream closes. Complete JSON
 * objects go to `onObject`, every other non-blank line to `onText`.
 */
class RawJsonScanner {
    onObject;
    onText;
    buf = '';
    pos = 0;
    depth = 0;
    inString = false;
    escaped = false;
    start = -1;
    constructor(onObject, onText) {
        this.onObject = onObject;
        this.onText = onText;
    }
    push(chunk) {
        this.buf += chunk;
        this.scan(false);
    }
    end() {
        this.scan(true);
        const rest = this.buf.trim();
        if (rest)
            for (const l of rest.split(/\r?\n/))
                if (l.trim())
                    this.onText(l);
        this.buf = '';
        this.pos = 0;
        this.depth = 0;
        this.start = -1;
    }
    scan(final) {
        const b = this.buf;
        let i = this.pos;
        while (i < b.length) {
            if (this.depth === 0) {
                const c = b[i];
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
                if (nl < 0 && !final)
                    break;
                const line = b.slice(i, nl < 0 ? b.length : nl).replace(/\r$/, '');
                if (line.trim())
                    this.onText(line);
                i = nl < 0 ? b.length : nl + 1;
                continue;
            }
            const c = b[i];
            if (this.inString) {
                if (this.escaped)
                    this.escaped = false;
                else if (c === '\\')
                    this.escaped = true;
                else if (c === '"')
                    this.inString = false;
            }
            else if (c === '"') {
                this.inString = true;
            }
            else if (c === '{' || c === '[') {
                this.depth++;
            }
            else if (c === '}' || c === ']') {
                this.depth--;
                if (this.depth === 0) {
                    const text = b.slice(this.start, i + 1);
                    this.start = -1;
                    try {
                        this.onObject(JSON.parse(text));
                    }
                    catch {
                        for (const l of text.split(/\r?\n/))
                            if (l.trim())
                                this.onText(l);
                    }
                }
            }
            i++;
        }
        // Drop what has been consumed; keep an object in progress.
        const keep = this.depth > 0 ? this.start : i;
        this.buf = b.slice(keep);
        this.pos = i - keep;
        if (this.depth > 0)
            this.start = 0;
    }
}
/** Merges SolveStatus messages into vertexes, logs and warnings. */
class ProgressCollector {
    maxLogBytes;
    vertexes = new Map();
    /** Log bytes per vertex, capped (`maxLogBytes`) so a chatty build cannot exhaust memory. */
    logs = new Map();
    warnings = [];
    /** Plain text lines of the stream (buildx's own messages). */
    text = [];
    logBytes = 0;
    lastTime;
    constructor(maxLogBytes = 1 << 20) {
        this.maxLogBytes = maxLogBytes;
    }
    /** A scanner that feeds this collector. */
    scanner() {
        return new RawJsonScanner((v) => this.add(v), (line) => this.text.push(line));
    }
    add(status) {
        if (!status || typeof status !== 'object')
            return;
        for (const v of status.vertexes ?? []) {
            if (!v || typeof v.digest !== 'string')
                continue;
            const prev = this.vertexes.get(v.digest);
            const merged = {
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
            if (!l?.vertex || !l.data || this.logBytes >= this.maxLogBytes)
                continue;
            const text = Buffer.from(l.data, 'base64').toString('utf8');
            this.logBytes += text.length;
            this.logs.set(l.vertex, (this.logs.get(l.vertex) ?? '') + text);
        }
        for (const w of status.warnings ?? []) {
            if (!w)
                continue;
            const message = w.short ? Buffer.from(w.short, 'base64').toString('utf8').trim() : '';
            if (message)
                this.warnings.push({ ...(w.vertex && { vertex: w.vertex }), message, ...(w.url && { url: w.url }) });
        }
    }
    /** The merged vertexes in the order they first appeared. */
    list() {
        return [...this.vertexes.values()];
    }
}
/** Parses a whole captured rawjson stream. */
function parseRawJson(text) {
    const c = new ProgressCollector();
    const s = c.scanner();
    s.push(text);
    s.end();
    return c;
}
function earliest(a, b) {
    if (!a)
        return b || undefined;
    if (!b)
        return a;
    return Date.parse(b) < Date.parse(a) ? b : a;
}
function latest(a, b) {
    if (!a)
        return b || undefined;
    if (!b)
        return a;
    return Date.parse(b) > Date.parse(a) ? b : a;
}

;// CONCATENATED MODULE: ./.build/shared/format/duration.js
/**
 * A duration as the summaries show it: tenths of a second under a minute (`4.2s`), whole minutes
 * and seconds from a minute on (`2m 5s`). `unitGap` puts a space before each unit (`2 m 5 s`).
 */
function formatDuration(ms, unitGap = '') {
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)}${unitGap}s`;
    // Rounded once, so 119.6 s is `2m 0s`, never `1m 60s`.
    const s = Math.round(ms / 1000);
    return `${Math.floor(s / 60)}${unitGap}m ${s % 60}${unitGap}s`;
}

;// CONCATENATED MODULE: ./.build/shared/buildx/steps.js
const INSTRUCTION = /^\[(?:(.*?) )?(\d+)\/(\d+)\] ([A-Za-z]+)\b/;
const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9.]+)?$/;
/** Classifies one vertex. */
function toStep(v) {
    const name = v.name;
    const durationMs = v.started && v.completed ? Math.max(0, Date.parse(v.completed) - Date.parse(v.started)) : 0;
    const base = { name, durationMs, cached: v.cached, ...(v.error && { error: v.error }) };
    const m = INSTRUCTION.exec(name);
    if (m) {
        const [, prefix = '', , , instr] = m;
        const words = prefix.split(' ').filter(Boolean);
        const platform = words[0] && PLATFORM.test(words[0]) ? words.shift() : undefined;
        const stage = words.join(' ') || undefined;
        const instruction = instr.toUpperCase();
        return {
            ...base,
            kind: instruction === 'FROM' ? 'from' : 'instruction',
            instruction,
            ...(stage && { stage }),
            ...(platform && { platform }),
        };
    }
    if (/^importing cache manifest from /.test(name))
        return { ...base, kind: 'cache-import' };
    if (/^(exporting|pushing|writing image|naming to|resolving provenance|sending tarball|unpacking)\b/.test(name))
        return { ...base, kind: 'export' };
    if (/^\[(?:\S+ )?(?:internal|auth)\]|^\[context [^\]]+\]/.test(name) ||
        /^load (metadata|build definition)/.test(name))
        return { ...base, kind: 'internal' };
    return { ...base, kind: 'other' };
}
/** Steps and cache metrics of a build. */
function stepMetrics(vertexes) {
    const steps = vertexes.filter((v) => v.name).map(toStep);
    const instr = steps.filter((s) => s.kind === 'instruction');
    const cached = instr.filter((s) => s.cached).length;
    const cacheImportErrors = steps
        .filter((s) => s.kind === 'cache-import' && s.error)
        .map((s) => ({ ref: s.name.replace(/^importing cache manifest from /, ''), error: s.error }));
    return {
        steps,
        cacheable: instr.length,
        cached,
        ...(instr.length > 0 && { cacheHitRatio: Math.round((cached / instr.length) * 10000) / 10000 }),
        cacheImportErrors,
    };
}
/** The `n` slowest steps that did work (not served from cache), slowest first. */
function slowestSteps(steps, n = 10) {
    return steps
        .filter((s) => !s.cached && s.durationMs > 0)
        .sort((a, b) => b.durationMs - a.durationMs)
        .slice(0, n);
}

;// CONCATENATED MODULE: ./.build/shared/buildx/step-log.js


/**
 * The build's steps as a readable log, like `--progress=plain`, printed while the build runs: each
 * step once it has finished (DONE with its time, CACHED, or ERROR), with its RUN output, numbered in
 * the order BuildKit first reported them. `finish` prints what never finished (a failed build).
 */
class LiveStepLog {
    progress;
    print;
    printed = new Set();
    constructor(progress, print) {
        this.progress = progress;
        this.print = print;
    }
    /** Prints the steps that finished since the last call. */
    update() {
        this.emit((v) => Boolean(v.completed || v.error));
    }
    /** Prints every step not printed yet. */
    finish() {
        this.emit(() => true);
    }
    emit(ready) {
        const lines = [];
        let n = 0;
        for (const v of this.progress.vertexes.values()) {
            n++;
            if (this.printed.has(v.digest) || !ready(v))
                continue;
            this.printed.add(v.digest);
            const s = toStep(v);
            const state = s.error
                ? `ERROR: ${s.error}`
                : s.cached
                    ? 'CACHED'
                    : v.completed
                        ? `DONE ${formatDuration(s.durationMs)}`
                        : 'NOT FINISHED';
            lines.push(`#${n} ${s.name} ${state}`);
            const log = this.progress.logs.get(v.digest);
            if (log)
                for (const l of log.replace(/\n$/, '').split('\n'))
                    lines.push(`#${n}   ${l}`);
        }
        if (lines.length)
            this.print(lines.join('\n'));
    }
}

;// CONCATENATED MODULE: ./.build/shared/buildx/runner.js
/**
 * Runs a docker command with retries: transient failures (registry 5xx, 429, connection resets,
 * timeouts, unexpected EOF) are tried again after an exponential backoff with jitter, up to
 * `retries` more times; anything else fails at once. Each attempt's rawjson progress is parsed.
 */







const BUILDX_BACKOFF = { baseMs: 2000, maxMs: 30000 };
/** A build that failed for good. */
class BuildFailedError extends errors/* ToolError */.v {
    failure;
    attempts;
    line;
    progress;
    name = 'BuildFailedError';
    constructor(command, exitCode, stderr, failure, attempts, 
    /** 1-based Dockerfile line of the error, when BuildKit gave one. */
    line, 
    /** The final attempt's progress (steps, their logs). */
    progress) {
        super(command, exitCode, stderr);
        this.failure = failure;
        this.attempts = attempts;
        this.line = line;
        this.progress = progress;
        const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
        const why = failure.kind === 'transient'
            ? `transient failure (${failure.reason}), retries exhausted`
            : `${failure.reason}, not retried`;
        this.message = `docker buildx failed${tries} (${why}): ${failure.message}\n${stderr.trim()}`;
    }
}
/**
 * Runs `docker <args>` (a `buildx …` command with the plugin itself when `buildx` is set) until it
 * succeeds or fails for good.
 *
 * @param before called before each attempt (e.g. to remove a stale metadata file)
 * @throws BuildFailedError with the failure's kind, the Dockerfile line when known, and the last
 *   plain stderr lines of the final attempt.
 */
async function runWithRetries(args, opts, deps) {
    const retried = [];
    for (let attempt = 0;; attempt++) {
        opts.before?.();
        // The progress stream is parsed as it arrives, so its steps are logged live and nothing is
        // left to parse once buildx exits.
        const progress = new ProgressCollector();
        const scanner = progress.scanner();
        const live = opts.live && new LiveStepLog(progress, opts.live);
        const [cmd, argv] = dockerCommand(args, opts.buildx);
        const result = await deps.exec(cmd, argv, {
            ...opts.execOptions,
            allowFailure: true,
            onStderr: (text) => {
                scanner.push(text);
                live?.update();
            },
        });
        scanner.end();
        live?.finish();
        if (result.code === 0)
            return { result, progress, attempts: attempt + 1, retried };
        // A cache that cannot be imported is only a warning (BuildKit builds on), never the failure.
        const failing = progress
            .list()
            .filter((v) => v.error && !v.name.startsWith('importing cache manifest from '));
        const failure = classifyFailure(progress.text, failing.map((v) => v.error));
        if (failure.kind === 'transient' && attempt < opts.retries) {
            const ms = backoffMs(attempt, opts.backoff ?? BUILDX_BACKOFF, deps.random);
            deps.log?.warning(`Attempt ${attempt + 1} of ${opts.retries + 1} failed (${failure.reason}): ${failure.message}. Retrying in ${(ms / 1000).toFixed(1)} s.`);
            retried.push(failure);
            await deps.sleep(ms);
            continue;
        }
        const line = failure.kind === 'permanent'
            ? dockerfileLine(progress.text, failing.map((v) => v.name), opts.dockerfileText)
            : undefined;
        throw new BuildFailedError(displayCommand('docker', args), result.code, lastLines(progress.text).join('\n'), failure, attempt + 1, line, progress);
    }
}
/**
 * The program and arguments for `docker <args>`: a `buildx …` command runs the plugin binary
 * `buildx` itself when it is given (shared/buildx/plugin.ts), everything else runs docker.
 */
function dockerCommand(args, buildx) {
    return buildx && args[0] === 'buildx' ? [buildx, args.slice(1)] : ['docker', args];
}
/** Removes a file if it is there (a metadata file left by an earlier attempt). */
function removeFile(path) {
    (0,external_node_fs_namespaceObject.rmSync)(path, { force: true });
}

;// CONCATENATED MODULE: ./.build/shared/buildx/metadata.js
/**
 * The buildx metadata file (`--metadata-file`): the exporter's response as JSON. Keys read here:
 * `containerimage.digest` (the pushed manifest or index), `containerimage.descriptor`, `image.name`
 * (comma-separated names pushed), `buildx.build.ref` (builder/node/ref of the build record) and
 * `buildx.build.warnings` (BuildKit ≥ 0.14 build checks).
 */


/** Parses metadata JSON; an empty file or `null` (no exporter) gives an empty result. */
function parseMetadata(text) {
    const trimmed = text.trim();
    const value = trimmed && trimmed !== 'null' ? JSON.parse(trimmed) : {};
    const raw = value && typeof value === 'object' && !Array.isArray(value) ? value : {};
    const digest = raw['containerimage.digest'];
    const names = raw['image.name'];
    const ref = raw['buildx.build.ref'];
    const descriptor = raw['containerimage.descriptor'];
    return {
        raw,
        ...(typeof digest === 'string' && DIGEST_RE.test(digest) && { digest }),
        ...(descriptor !== null && typeof descriptor === 'object'
            ? { descriptor: descriptor }
            : {}),
        imageNames: typeof names === 'string'
            ? names
                .split(',')
                .map((n) => n.trim())
                .filter(Boolean)
            : [],
        ...(typeof ref === 'string' && { buildRef: ref }),
    };
}
/** Reads the metadata file; undefined when buildx did not write it. */
function readMetadata(path) {
    if (!(0,external_node_fs_namespaceObject.existsSync)(path))
        return undefined;
    return parseMetadata((0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8'));
}

;// CONCATENATED MODULE: ./.build/shared/buildx/imagetools.js
/**
 * What runs `docker buildx imagetools`: `inspect --raw` (a manifest's bytes), `create` (per-platform
 * digests joined into one manifest list), and the manifest reader that asks the registry directly
 * (shared/registry/) and buildx when that fails. buildx resolves registry credentials from the
 * docker config (`docker login`) and talks plain HTTP to loopback registries, as the build's push
 * does.
 */









/** Fetches the manifest or index `ref` names, as raw bytes. */
async function inspectRaw(ref, opts, deps) {
    const args = [
        'buildx',
        'imagetools',
        'inspect',
        ...(opts.builder ? ['--builder', opts.builder] : []),
        '--raw',
        ref,
    ];
    const { result } = await runWithRetries(args, opts, deps);
    // buildx prints the bytes as served, with no newline added: their sha256 is the digest.
    const raw = result.stdout;
    return {
        raw,
        digest: sha256Digest(raw),
        json: JSON.parse(raw),
    };
}
/**
 * A manifest reader for imageStats: straight from the registry, falling back to buildx imagetools
 * (which also covers credential helpers' identity tokens and registries only buildkitd can reach).
 * One session per repository, opened by `prepare` or the first read.
 */
function manifestReader(opts, deps) {
    // Fewer retries here: buildx retries again after a failure.
    const direct = {
        insecure: opts.insecure,
        retries: Math.min(opts.retries, 2),
        sleep: deps.sleep,
        ...opts.direct,
    };
    const session = sessionPool(direct);
    const read = async (ref) => {
        try {
            const name = parseReference(ref)?.name;
            return await readManifestDirect(ref, direct, name ? session(name) : undefined);
        }
        catch (err) {
            opts.debug?.(`Reading ${ref} from the registry directly failed (${err.message}); asking buildx.`);
            return inspectRaw(ref, opts, deps);
        }
    };
    // Authorised ahead, the read after the push is one request; a refusal is left to that read.
    read.prepare = (name) => authorizeAhead(session(name));
    read.config = async (name, digest) => {
        const s = await session(name);
        return s.client.blobJson(s.repository, digest);
    };
    return read;
}
/** True when buildx refused `--metadata-file` for imagetools create (buildx before it had one). */
function noMetadataFlag(err) {
    return err instanceof BuildFailedError && /unknown flag: --metadata-file/.test(err.message);
}
/**
 * Joins `sources` (each `name@sha256:...`) into one manifest list pushed as every tag in `tags`,
 * and returns the digest of the list buildx pushed. The digest never comes from reading a tag
 * back: another run may move the tag between the push and the read.
 *
 * - A buildx whose `imagetools create` writes a metadata file (`--metadata-file`, added in 2026,
 *   docker/buildx#3638) names the digest there (`containerimage.digest`).
 * - buildx 0.13 (the one Debian ships) refuses that flag. Its `--dry-run` prints the exact bytes
 *   it would push, followed by one newline (commands/imagetools/create.go): their sha256 is the
 *   digest. The push that follows builds the same bytes from the same pinned sources; its log line
 *   `pushing sha256:… to <tag>` must name that digest, and the registry must hold it.
 *
 * Both commands start together, so an old buildx costs no extra round trip. Either way the index is
 * then read by digest from each repository the tags name (`read`; buildx by default), which proves
 * the registry holds it.
 */
async function mergeManifests(sources, tags, opts, deps) {
    const head = ['buildx', 'imagetools', 'create', ...(opts.builder ? ['--builder', opts.builder] : [])];
    const rest = [...tags.flatMap((t) => ['--tag', t]), ...sources];
    const read = opts.read ?? ((ref) => inspectRaw(ref, opts, deps));
    const names = [...new Set(tags.map((t) => parseReference(t)?.name ?? t))];
    const dir = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_.join)(opts.tmpDir ?? (0,external_node_os_namespaceObject.tmpdir)(), 'bka-merge-'));
    const metadataFile = (0,external_node_path_.join)(dir, 'metadata.json');
    try {
        const withFile = [...head, '--metadata-file', metadataFile, ...rest];
        const [pushed, shown] = await Promise.allSettled([
            runWithRetries(withFile, { ...opts, before: () => removeFile(metadataFile) }, deps),
            runWithRetries([...head, '--dry-run', ...rest], opts, deps),
        ]);
        if (pushed.status === 'fulfilled') {
            const digest = readMetadata(metadataFile)?.digest;
            if (!digest) {
                throw new Error(`docker buildx imagetools create succeeded but its metadata file names no index digest (containerimage.digest).`);
            }
            const index = await readPushed(names, digest, read);
            return {
                digest,
                command: withFile,
                index,
                attempts: pushed.value.attempts,
                digestFrom: 'metadata-file',
            };
        }
        if (!noMetadataFlag(pushed.reason))
            throw pushed.reason;
        if (shown.status === 'rejected')
            throw shown.reason;
        const raw = shown.value.result.stdout.replace(/\n$/, '');
        const digest = sha256Digest(raw);
        const json = JSON.parse(raw);
        if (!Array.isArray(json.manifests)) {
            throw new Error(`docker buildx imagetools create --dry-run printed no index: ${raw.slice(0, 200)}`);
        }
        const command = [...head, ...rest];
        const { result, attempts } = await runWithRetries(command, opts, deps);
        for (const [, said, tag] of result.stderr.matchAll(/pushing (sha256:[a-f0-9]{64}) to (\S+)/g)) {
            if (said !== digest) {
                throw new Error(`docker buildx imagetools create pushed ${said} to ${tag}, not the index its dry run printed (${digest}): the digest cannot be told.`);
            }
        }
        const index = await readPushed(names, digest, read, raw);
        return { digest, command, index, attempts, digestFrom: 'dry-run' };
    }
    finally {
        (0,external_node_fs_namespaceObject.rmSync)(dir, { recursive: true, force: true });
    }
}
/**
 * Reads `name@digest` for each repository the tags name, checks the bytes (their sha256, and the
 * dry run's bytes when given), and returns the first.
 */
async function readPushed(names, digest, read, expected) {
    let first;
    for (const name of names) {
        let index;
        try {
            index = await read(pinned(name, digest));
        }
        catch (err) {
            throw new Error(`docker buildx imagetools create succeeded, but the registry does not hold ${pinned(name, digest)}, the index it was to push: ${err.message}`, { cause: err });
        }
        if (index.digest !== digest || (expected !== undefined && index.raw !== expected)) {
            throw new Error(`${pinned(name, digest)}: the registry served other bytes (digest ${index.digest}).`);
        }
        first ??= index;
    }
    return first;
}

;// CONCATENATED MODULE: ./.build/shared/oci/descriptor.js
/**
 * OCI content descriptors (image-spec descriptor.md), with the fields the suite reads, and what an
 * index entry is to BuildKit.
 */
/** True for the attestation manifests BuildKit adds to an index (platform `unknown/unknown`). */
function isAttestation(d) {
    return (d.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' ||
        (d.platform?.os === 'unknown' && d.platform.architecture === 'unknown'));
}

;// CONCATENATED MODULE: ./.build/shared/oci/platforms.js
const OS = new Set([
    'linux',
    'windows',
    'darwin',
    'freebsd',
    'netbsd',
    'openbsd',
    'solaris',
    'illumos',
    'aix',
    'plan9',
]);
const ARCH = new Set([
    'amd64',
    'arm64',
    'arm',
    '386',
    'ppc64le',
    'ppc64',
    's390x',
    'riscv64',
    'mips64le',
    'mips64',
    'mipsle',
    'mips',
    'loong64',
    'wasm',
]);
const VARIANTS = {
    arm: new Set(['v5', 'v6', 'v7', 'v8']),
    arm64: new Set(['v8', 'v8.0', 'v8.1', 'v8.2', 'v9']),
    amd64: new Set(['v1', 'v2', 'v3', 'v4']),
};
/** Returns why a platform string is invalid, or undefined when it is valid. */
function platformProblem(platform) {
    const parts = platform.split('/');
    if (parts.length < 2 || parts.length > 3)
        return `'${platform}' is not of the form os/arch[/variant]`;
    const [os, arch, variant] = parts;
    if (!OS.has(os))
        return `'${os}' in '${platform}' is not a known OS`;
    if (!ARCH.has(arch))
        return `'${arch}' in '${platform}' is not a known architecture`;
    if (variant !== undefined && !VARIANTS[arch]?.has(variant))
        return `'${variant}' is not a variant of ${arch}`;
    return undefined;
}
const PLATFORM_FIX = 'use os/arch[/variant] such as linux/amd64, linux/arm64 or linux/arm/v7.';
/** A descriptor's platform as `os/arch[/variant]`. */
function formatPlatform(p) {
    return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}

;// CONCATENATED MODULE: ./.build/shared/registry/image-stats.js
/**
 * An image's size and layer count, per platform for an index, from its manifests; and where the
 * image config can be read (one blob GET per platform), each platform's largest layer with the
 * history line that made it.
 */




function layerStats(m) {
    const layers = m.layers ?? [];
    return { size: layers.reduce((n, l) => n + (l.size ?? 0), 0), layers: layers.length };
}
/**
 * The manifest's largest layer, and its `created_by` from the config's history: the history
 * entries whose `empty_layer` is not true belong, in order, to the manifest's layers (OCI image
 * spec, config `history`). Without a history that matches the layers, only the size. Pure.
 */
function largestLayer(manifest, config) {
    const layers = manifest.layers ?? [];
    let index = -1;
    layers.forEach((l, i) => {
        if (index < 0 || (l.size ?? 0) > (layers[index].size ?? 0))
            index = i;
    });
    if (index < 0)
        return undefined;
    const history = config?.history;
    const made = Array.isArray(history) ? history.filter((h) => h && h.empty_layer !== true) : [];
    const createdBy = made.length === layers.length ? made[index]?.created_by : undefined;
    return { size: layers[index].size ?? 0, ...(createdBy && { createdBy }) };
}
/** The platform's largest layer, or undefined when its config cannot be read (never throws). */
async function largestOf(name, manifest, readConfig) {
    const config = manifest.config?.digest;
    if (!readConfig || !config || !manifest.layers?.length)
        return undefined;
    try {
        return largestLayer(manifest, await readConfig(name, config));
    }
    catch {
        return largestLayer(manifest, undefined);
    }
}
/**
 * Size and layer count of the image `name@digest`, per platform for a manifest list. `fetch` reads
 * a manifest by reference (tests pass a fake); `readConfig`, when given, reads each platform's
 * config for its largest layer's history line (the largest layer's size is recorded even when the
 * config cannot be read).
 */
async function imageStats(name, digest, fetch, platformHint = '', readConfig) {
    const top = await fetch(pinned(name, digest));
    const mediaType = top.json.mediaType ?? '';
    const manifests = [];
    if (INDEX_TYPES.includes(mediaType) || Array.isArray(top.json.manifests)) {
        for (const d of (top.json.manifests ?? []).filter((m) => !isAttestation(m))) {
            const child = await fetch(pinned(name, d.digest));
            manifests.push({
                platform: d.platform ? formatPlatform(d.platform) : '',
                digest: d.digest,
                json: child.json,
            });
        }
    }
    else {
        manifests.push({ platform: platformHint, digest, json: top.json });
    }
    // The configs are independent reads: all at once.
    const largest = await Promise.all(manifests.map((m) => largestOf(name, m.json, readConfig)));
    const platforms = manifests.map((m, i) => ({
        platform: m.platform,
        digest: m.digest,
        ...layerStats(m.json),
        ...(largest[i] && { largestLayer: largest[i] }),
    }));
    const biggest = platforms.reduce((a, b) => (!a || b.size > a.size ? b : a), undefined);
    return { mediaType, platforms, size: biggest?.size ?? 0, layers: biggest?.layers ?? 0 };
}

;// CONCATENATED MODULE: ./.build/shared/build/merge.js
/**
 * build-service's merge mode: per-platform digests joined into one manifest list pushed with every
 * tag, and the index's size and layers. All I/O goes through `deps`.
 */




/**
 * Joins per-platform digests into one manifest list pushed with every tag. The digest is the one
 * buildx pushed (mergeManifests), never read back from a tag another run may have moved.
 */
async function mergeService(req, deps) {
    const started = deps.now();
    const opts = { retries: req.retries, buildx: deps.buildx, builder: req.builder };
    const read = manifestReader({ ...opts, direct: deps.registry, debug: deps.log.debug }, deps);
    // The registry session for reading the index by digest opens while buildx pushes it.
    void read.prepare(req.image);
    const merged = await mergeManifests(req.sources, req.tags, { ...opts, read }, deps);
    const durationMs = deps.now() - started;
    const command = displayCommand('docker', merged.command);
    deps.log.info(`Merged ${req.sources.length} image(s) into ${req.image}@${merged.digest} (${merged.digestFrom === 'metadata-file'
        ? "the digest buildx's metadata file names"
        : "the digest of the index buildx's dry run printed, pushed and found in the registry by digest"}): ${command}`);
    const stats = await imageStats(req.image, merged.digest, (ref) => ref === pinned(req.image, merged.digest) ? Promise.resolve(merged.index) : read(ref));
    return {
        mode: 'merge',
        service: req.service,
        ...(req.variant && { variant: req.variant }),
        image: req.image,
        digest: merged.digest,
        ref: pinned(req.image, merged.digest),
        tags: req.tags,
        platforms: stats.platforms.map((p) => p.platform),
        metadata: {
            'containerimage.digest': merged.digest,
            'image.name': req.tags.join(','),
            'buildx.imagetools.sources': req.sources,
        },
        durationMs,
        cachedSteps: 0,
        cacheableSteps: 0,
        imageSize: stats.size,
        layers: stats.layers,
        perPlatform: stats.platforms,
        steps: [],
        cacheMisses: [],
        cache: [],
        warnings: [],
        command,
        ...(deps.buildx && { buildx: deps.buildx }),
        attempts: merged.attempts,
        retried: [],
    };
}

;// CONCATENATED MODULE: ./.build/shared/buildx/build-args.js
/**
 * `docker buildx build` command lines from a typed request. Pure: an argument array (never a shell
 * string), so values with spaces, quotes or `$` reach buildx as they are.
 *
 * Secrets are never in the arguments: each is `--secret id=<id>,env=<VAR>`, and the value travels
 * in the child's environment (`secretEnv`), which buildx reads and hands to BuildKit as a secret; a
 * secret file is `--secret id=<id>,src=<path>`, which buildx reads.
 * https://docs.docker.com/build/building/secrets/
 */
/**
 * The flags buildCommand gives with their value as the next argument (readers of a recorded command,
 * shared/sign/provenance.ts, skip the value with the flag). Short forms a user may have typed too.
 */
const FLAGS_WITH_VALUE = new Set([
    '--builder',
    '--metadata-file',
    '--file',
    '-f',
    '--target',
    '--platform',
    '--build-arg',
    '--secret',
    '--build-context',
    '--label',
    '--annotation',
    '--cache-from',
    '--cache-to',
    '--tag',
    '-t',
    '--output',
    '-o',
    '--progress',
]);
/** The full argument list for `docker` (it starts with `buildx build`). */
function buildCommand(req) {
    const a = ['buildx', 'build'];
    if (req.builder)
        a.push('--builder', req.builder);
    a.push('--progress=rawjson', '--metadata-file', req.metadataFile, '--file', req.dockerfile);
    if (req.target)
        a.push('--target', req.target);
    if (req.platforms.length)
        a.push('--platform', req.platforms.join(','));
    for (const [k, v] of req.buildArgs)
        a.push('--build-arg', `${k}=${v}`);
    for (const s of req.secrets)
        a.push('--secret', 'env' in s ? `id=${s.id},env=${s.env}` : `id=${s.id},${csvField(`src=${s.src}`)}`);
    for (const [name, value] of req.contexts)
        a.push('--build-context', `${name}=${value}`);
    for (const [k, v] of Object.entries(req.labels))
        a.push('--label', `${k}=${v}`);
    for (const an of req.annotations ?? [])
        a.push('--annotation', an);
    for (const c of req.cacheFrom)
        a.push('--cache-from', c);
    for (const c of req.cacheTo)
        a.push('--cache-to', c);
    if (req.provenance !== undefined)
        a.push(`--provenance=${req.provenance}`);
    a.push(...outputArgs(req.output));
    a.push(req.context);
    return a;
}
/** buildx reads `--secret` as one CSV record: a field with `,` or `"` is quoted. */
function csvField(field) {
    return /[",]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}
function outputArgs(o) {
    const insecure = 'insecure' in o && o.insecure ? ',registry.insecure=true' : '';
    switch (o.kind) {
        case 'push-tags':
            return [...o.tags.flatMap((t) => ['--tag', t]), '--output', `type=image,push=true${insecure}`];
        case 'push-digest':
            return [
                '--output',
                `type=image,name=${o.image},push-by-digest=true,name-canonical=true,push=true${insecure}`,
            ];
        case 'local':
            return [...o.tags.flatMap((t) => ['--tag', t]), '--output', 'type=image,push=false'];
    }
}

;// CONCATENATED MODULE: ./.build/shared/builder/inspect.js

/** Parses `docker buildx inspect` output (buildx 0.10 and later: `BuildKit version`, or `BuildKit`). */
function parseInspect(text) {
    const info = { nodes: [] };
    let node;
    for (const line of text.split(/\r?\n/)) {
        if (!line || /^\s/.test(line))
            continue;
        const colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const key = line.slice(0, colon).trim().toLowerCase();
        const value = line.slice(colon + 1).trim();
        if (key === 'name') {
            if (info.name === undefined)
                info.name = value;
            else
                info.nodes.push((node = { name: value, platforms: [] }));
        }
        else if (key === 'driver' && !node)
            info.driver = value;
        else if (!node)
            continue;
        else if (key === 'endpoint')
            node.endpoint = value;
        else if (key === 'status')
            node.status = value;
        else if (key === 'buildkit version' || key === 'buildkit')
            node.buildkit = value;
        else if (key === 'platforms')
            node.platforms = fixedPlatforms(value);
    }
    return info;
}
function fixedPlatforms(value) {
    const all = value
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean);
    const fixed = all.filter((p) => p.includes('*'));
    return (fixed.length ? fixed : all).map((p) => p.replace(/\*/g, ''));
}
/** Platforms of every node, de-duplicated in order. */
function platformsOf(info) {
    return [...new Set(info.nodes.flatMap((n) => n.platforms))];
}
/**
 * The driver of a builder (`docker`, `docker-container`, `remote`, `kubernetes`); the current
 * builder when `builder` is empty. Undefined when buildx cannot tell (the build will then report
 * the problem itself).
 */
async function builderDriver(builder, exec, buildx) {
    const [cmd, argv] = dockerCommand(['buildx', 'inspect', ...(builder ? [builder] : [])], buildx);
    const r = await exec(cmd, argv, { allowFailure: true });
    return r.code === 0 ? parseInspect(r.stdout).driver : undefined;
}

;// CONCATENATED MODULE: ./.build/shared/builder/usage.js


/** The files read, v2 first; a kernel or version without one simply leaves it out. */
const CGROUP_FILES = [
    '/sys/fs/cgroup/cpu.stat',
    '/sys/fs/cgroup/memory.current',
    '/sys/fs/cgroup/memory.peak',
    '/sys/fs/cgroup/cpuacct/cpuacct.usage',
    '/sys/fs/cgroup/memory/memory.usage_in_bytes',
    '/sys/fs/cgroup/memory/memory.max_usage_in_bytes',
];
/** The container a docker-container builder's first node runs in; undefined for another driver. Pure. */
function builderContainer(inspectText) {
    const info = parseInspect(inspectText);
    const node = info.nodes[0]?.name;
    return info.driver === 'docker-container' && node ? `buildx_buildkit_${node}` : undefined;
}
/**
 * Parses `head -n 20 FILE...` output: a `==> FILE <==` line before each file's lines (head prints
 * them for more than one file; a missing file is only an error line on stderr). Pure.
 */
function parseCgroupSample(text) {
    const files = new Map();
    let lines;
    for (const line of text.split('\n')) {
        const header = /^==> (.+) <==$/.exec(line.trim());
        if (header)
            files.set(header[1], (lines = []));
        else if (lines && line.trim())
            lines.push(line.trim());
    }
    const num = (file) => {
        const v = files.get(file)?.[0];
        return v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined;
    };
    const out = {};
    const usage = files.get('/sys/fs/cgroup/cpu.stat')?.find((l) => l.startsWith('usage_usec '));
    const v1Cpu = num('/sys/fs/cgroup/cpuacct/cpuacct.usage');
    if (usage)
        out.cpuUsec = Number(usage.split(/\s+/)[1]);
    else if (v1Cpu !== undefined)
        out.cpuUsec = v1Cpu / 1000;
    const current = num('/sys/fs/cgroup/memory.current') ?? num('/sys/fs/cgroup/memory/memory.usage_in_bytes');
    if (current !== undefined)
        out.memoryCurrent = current;
    const peak = num('/sys/fs/cgroup/memory.peak') ?? num('/sys/fs/cgroup/memory/memory.max_usage_in_bytes');
    if (peak !== undefined)
        out.memoryPeak = peak;
    return out;
}
/** The use between the first and the last of `samples` (in order). Pure. */
function usageOf(samples) {
    const first = samples[0];
    const last = samples.at(-1);
    if (!first || !last)
        return {};
    const out = {};
    if (samples.length > 1 && first.cpuUsec !== undefined && last.cpuUsec !== undefined)
        out.cpuSeconds = Math.round(Math.max(0, last.cpuUsec - first.cpuUsec) / 1000) / 1000;
    const sampled = samples.flatMap((s) => (s.memoryCurrent !== undefined ? [s.memoryCurrent] : []));
    const raised = first.memoryPeak !== undefined && last.memoryPeak !== undefined && last.memoryPeak > first.memoryPeak;
    if (raised)
        out.memoryPeakBytes = last.memoryPeak;
    else if (sampled.length)
        out.memoryPeakBytes = Math.max(...sampled);
    return out;
}
/**
 * Starts sampling `builder`'s container every `intervalMs` when it is a docker-container builder
 * (the current builder when `builder` is empty); a sampler that records nothing otherwise.
 */
function startUsageSampler(builder, deps, opts = {}) {
    const samples = [];
    let stopped = false;
    // A pause that stop() cuts short, so the build's end never waits for the next tick.
    let wake = () => { };
    const pause = (ms) => new Promise((resolve) => {
        const timer = setTimeout(resolve, ms);
        wake = () => {
            clearTimeout(timer);
            resolve();
        };
    });
    const read = async (container) => {
        try {
            const r = await deps.exec('docker', ['exec', container, 'head', '-n', '20', ...CGROUP_FILES], {
                allowFailure: true,
            });
            const s = parseCgroupSample(r.stdout);
            return s.cpuUsec !== undefined || s.memoryCurrent !== undefined ? s : undefined;
        }
        catch {
            return undefined;
        }
    };
    const container = (async () => {
        try {
            const [cmd, argv] = dockerCommand(['buildx', 'inspect', ...(builder ? [builder] : [])], opts.buildx);
            const r = await deps.exec(cmd, argv, { allowFailure: true });
            return r.code === 0 ? builderContainer(r.stdout) : undefined;
        }
        catch {
            return undefined;
        }
    })();
    const loop = (async () => {
        const name = await container;
        if (!name)
            return undefined;
        const first = await read(name);
        if (!first) {
            deps.log.debug(`Builder use: the cgroup of ${name} could not be read; not recorded.`);
            return undefined;
        }
        samples.push(first);
        while (!stopped) {
            await pause(opts.intervalMs ?? 1000);
            if (stopped)
                break;
            const s = await read(name);
            if (s)
                samples.push(s);
        }
        return name;
    })();
    return {
        async stop() {
            stopped = true;
            wake();
            const name = await loop;
            if (!name)
                return {};
            const last = await read(name);
            if (last)
                samples.push(last);
            return usageOf(samples);
        },
    };
}

;// CONCATENATED MODULE: ./.build/shared/build/cache.js
/**
 * Layered build caches with automatic scopes. Pure: inputs in, `--cache-from`/`--cache-to` values
 * out; the only I/O the plan implies (rotating a local cache directory) is described, not done.
 *
 * Three scopes, read in this order:
 *   1. the service's own scope on this branch      `<service>[-<variant>]-<branch>`
 *   2. the shared scope of the service's stack     `<stack>[-<variant>]-<default-branch>`
 *      (the matrix entry's `cache-scope`; services of one stack share it)
 *   3. the service's scope on the default branch   `<service>[-<variant>]-<default-branch>`
 * A build writes scope 1 with `mode=max` (every stage's layers, not only the final image's); on the
 * default branch it also writes the shared scope, so a new branch, or a service whose own cache is
 * gone, starts from its stack's layers. Pull requests never write a scope another branch reads.
 *
 * Backends:
 * - `registry`: each scope is a tag of a cache repository. The service's scopes live in `cache-ref`
 *   (default `<image>-cache`); the shared scope lives in `<namespace of cache-ref>/<stack>-cache`, so
 *   services with different images still share it.
 * - `gha`: each scope is a GitHub Actions cache scope (`type=gha,scope=...`).
 * - `local`: each scope is a directory under the cache directory. BuildKit's local exporter never
 *   prunes, so the build writes `<scope>-new` and the caller swaps it in after the build
 *   (https://docs.docker.com/build/ci/github-actions/cache/#local-cache).
 * Every export sets `ignore-error=true`: a cache that cannot be written must not fail the build.
 * A cache that cannot be read only warns (BuildKit's behaviour for every importer).
 */




const CACHE_BACKENDS = ['registry', 'gha', 'local'];
/** Longest scope: registry tags stop at 128 characters; leave room for `-new`. */
const MAX_SCOPE = 120;
/**
 * Names the scopes of one build.
 *
 * @param service the plan key (`worker@infrastructure-compose-ai` is fine: it is slugged)
 * @param stack the matrix entry's `cache-scope`
 * @param branch the branch the build belongs to ('' for a tag build: the default branch's scopes)
 */
function cacheScopes(opts) {
    const v = opts.variant ? `-${opts.variant}` : '';
    const branch = opts.branch || opts.defaultBranch;
    const onDefault = branch === opts.defaultBranch;
    const scope = (name, br) => {
        const b = slug(br, 60) || 'default';
        return `${slug(`${name}${v}`, MAX_SCOPE - b.length - 1) || 'build'}-${b}`;
    };
    const stack = opts.stack && slug(opts.stack) !== slug(opts.service) ? opts.stack : undefined;
    return {
        service: scope(opts.service, branch),
        ...(stack && { shared: scope(stack, opts.defaultBranch) }),
        ...(!onDefault && { defaultBranch: scope(opts.service, opts.defaultBranch) }),
        writeShared: onDefault && stack !== undefined,
    };
}
/** Parses the `cache` input's lines (`registry`, `gha`, `local`; `none` or nothing for no cache). */
function parseBackends(lines) {
    const out = [];
    for (const line of lines) {
        const b = line.trim().toLowerCase();
        if (b === 'none' || b === '')
            continue;
        if (!CACHE_BACKENDS.includes(b)) {
            throw new errors/* InputError */.d(`'${line}' is not a cache backend.`, {
                input: 'cache',
                fix: `use one per line of: ${CACHE_BACKENDS.join(', ')}, or none.`,
            });
        }
        if (!out.includes(b))
            out.push(b);
    }
    return out;
}
/** The default cache repository of an image (`ghcr.io/acme/api` → `ghcr.io/acme/api-cache`). */
function defaultCacheRef(image) {
    return `${image}-cache`;
}
/** The shared scope's repository: `<namespace of cacheRef>/<stack>-cache`. */
function sharedCacheRepository(cacheRef, stack) {
    const i = cacheRef.lastIndexOf('/');
    const name = `${slug(stack.toLowerCase()).replace(/[^a-z0-9._-]/g, '') || 'shared'}-cache`;
    return i >= 0 ? `${cacheRef.slice(0, i)}/${name}` : name;
}
/**
 * The `--cache-from` and `--cache-to` values for `req`. `exists` tells whether a local cache
 * directory holds a cache (its `index.json`); a missing one is not passed (buildx would only warn).
 *
 * @throws InputError when the registry backend is asked for without a valid cache repository.
 */
function planCache(req, exists = (d) => (0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_.join)(d, 'index.json'))) {
    const plan = { from: [], to: [], rotate: [], describe: [] };
    const { scopes } = req;
    const reads = [
        { scope: scopes.service, kind: 'service' },
        ...(scopes.shared ? [{ scope: scopes.shared, kind: 'shared' }] : []),
        ...(scopes.defaultBranch ? [{ scope: scopes.defaultBranch, kind: 'default-branch' }] : []),
    ];
    const writes = [
        { scope: scopes.service, kind: 'service' },
        ...(scopes.writeShared && scopes.shared ? [{ scope: scopes.shared, kind: 'shared' }] : []),
    ];
    for (const backend of req.backends) {
        if (backend === 'registry') {
            const ref = req.cacheRef;
            if (!ref || !isRepository(ref)) {
                throw new errors/* InputError */.d(`'${ref ?? ''}' is not a cache repository.`, {
                    input: 'cache-ref',
                    fix: 'give a repository without tag (ghcr.io/acme/api-cache), or set `image` so the default applies.',
                });
            }
            const repo = (kind) => kind === 'shared' && req.stack ? sharedCacheRepository(ref, req.stack) : ref;
            const extra = req.registryExportAttrs ? `,${req.registryExportAttrs}` : '';
            for (const r of reads) {
                plan.from.push(`type=registry,ref=${repo(r.kind)}:${r.scope}`);
                plan.describe.push(`read ${r.kind} scope: registry ${repo(r.kind)}:${r.scope}`);
            }
            for (const w of writes) {
                plan.to.push(`type=registry,ref=${repo(w.kind)}:${w.scope},mode=max,ignore-error=true${extra}`);
                plan.describe.push(`write ${w.kind} scope: registry ${repo(w.kind)}:${w.scope} (mode=max)`);
            }
        }
        else if (backend === 'gha') {
            for (const r of reads) {
                plan.from.push(`type=gha,scope=${r.scope}`);
                plan.describe.push(`read ${r.kind} scope: gha ${r.scope}`);
            }
            for (const w of writes) {
                plan.to.push(`type=gha,scope=${w.scope},mode=max,ignore-error=true`);
                plan.describe.push(`write ${w.kind} scope: gha ${w.scope} (mode=max)`);
            }
        }
        else {
            const dir = req.localDir;
            if (!dir)
                throw new errors/* InputError */.d('the local cache needs a directory.', { input: 'cache-dir' });
            for (const r of reads) {
                const src = (0,external_node_path_.join)(dir, r.scope);
                if (exists(src)) {
                    plan.from.push(`type=local,src=${src}`);
                    plan.describe.push(`read ${r.kind} scope: local ${src}`);
                }
                else {
                    plan.describe.push(`skip ${r.kind} scope: local ${src} holds no cache yet`);
                }
            }
            for (const w of writes) {
                const dest = (0,external_node_path_.join)(dir, `${w.scope}-new`);
                plan.to.push(`type=local,dest=${dest},mode=max,ignore-error=true`);
                plan.rotate.push({ from: dest, to: (0,external_node_path_.join)(dir, w.scope) });
                plan.describe.push(`write ${w.kind} scope: local ${(0,external_node_path_.join)(dir, w.scope)} (mode=max, via ${dest})`);
            }
        }
    }
    return plan;
}
/** Clears what an earlier, failed run left where this build exports its local caches. */
function clearStagedCaches(plan) {
    for (const r of plan.rotate)
        (0,external_node_fs_namespaceObject.rmSync)(r.from, { recursive: true, force: true });
}
/**
 * Swaps each freshly exported local cache in for the old one. Only after a successful build: a
 * failed build keeps the cache it started from.
 */
function rotateLocalCaches(plan) {
    for (const r of plan.rotate) {
        if (!(0,external_node_fs_namespaceObject.existsSync)(r.from))
            continue;
        (0,external_node_fs_namespaceObject.rmSync)(r.to, { recursive: true, force: true });
        (0,external_node_fs_namespaceObject.renameSync)(r.from, r.to);
    }
}

;// CONCATENATED MODULE: ./.build/shared/build/service.js
/**
 * build-service's build mode: one planned service built and pushed (with retries), the local cache
 * rotated, the pushed image's size and layers read, and a result with every metric the action
 * reports. All I/O goes through `deps`.
 */














function outputOf(req) {
    if (!req.push)
        return { kind: 'local', tags: req.tags };
    // Per-platform jobs have no tags unless they asked for platform-suffixed ones (see inputs).
    if (req.tags.length)
        return { kind: 'push-tags', tags: req.tags, insecure: req.insecureRegistry };
    return { kind: 'push-digest', image: req.image, insecure: req.insecureRegistry };
}
/**
 * A push by digest on a builder that cannot do it becomes a push of platform-suffixed tags: the
 * digest, which is all a merge needs, is the same either way. Checked before the build starts.
 */
async function resolveOutput(req, deps) {
    const output = outputOf(req);
    if (output.kind !== 'push-digest')
        return { output, tags: req.tags };
    const driver = await builderDriver(req.build.builder, deps.exec, deps.buildx);
    if (driver !== 'docker')
        return { output, tags: req.tags };
    if (!req.digestFallbackTags.length) {
        throw new errors/* InputError */.d('the builder uses the docker driver, which cannot push by digest, and there is no tag to push instead.', {
            input: 'push-by-digest',
            fix: 'use a builder with another driver (setup-builder: remote or docker-container), or give tags / keep conventional-tags on.',
        });
    }
    deps.log.info(`The builder uses the docker driver, which cannot push by digest: pushing the platform-suffixed tag(s) ${req.digestFallbackTags.join(', ')} instead. The digest output is the same.`);
    return {
        output: { kind: 'push-tags', tags: req.digestFallbackTags, insecure: req.insecureRegistry },
        tags: req.digestFallbackTags,
    };
}
/**
 * Why the requested target is not in the Dockerfile, naming the stages there are; undefined when it
 * is. Asked only once BuildKit has reported a missing target stage: BuildKit checks the target
 * before it solves anything (nothing is built or pushed), and parsing the Dockerfile up front would
 * delay every build's start by the Dockerfile parser's load and first run (about 30 ms).
 */
async function targetProblem(req) {
    if (!req.build.target || req.dockerfileText === undefined)
        return undefined;
    const { modelDockerfile } = await Promise.all(/* import() */[__nccwpck_require__.e(839), __nccwpck_require__.e(260)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9260));
    try {
        modelDockerfile(req.dockerfileText, { file: req.dockerfilePath, target: req.build.target });
        return undefined;
    }
    catch (err) {
        if (err instanceof errors/* InputError */.d)
            return err;
        throw err;
    }
}
/**
 * Builds the service. Outputs exist only when everything succeeded; a failed build throws
 * (`BuildFailedError`) after annotating the Dockerfile line it points at.
 */
async function buildService(req, deps) {
    const { output, tags } = await resolveOutput(req, deps);
    const full = {
        ...req.build,
        cacheFrom: req.cache.from,
        cacheTo: req.cache.to,
        output,
    };
    const args = buildCommand(full);
    const command = displayCommand('docker', args);
    deps.log.info(`Building ${req.service}${req.variant ? ` (${req.variant})` : ''}: ${command}`);
    (0,external_node_fs_namespaceObject.mkdirSync)((0,external_node_path_.dirname)(full.metadataFile), { recursive: true });
    clearStagedCaches(req.cache);
    const image = req.image || (tags[0] ? (parseReference(tags[0])?.name ?? '') : '');
    const readManifest = req.push
        ? manifestReader({
            retries: req.retries,
            buildx: deps.buildx,
            builder: req.build.builder,
            insecure: req.insecureRegistry,
            direct: deps.registry,
            debug: deps.log.debug,
        }, deps)
        : undefined;
    const started = deps.now();
    let run;
    let usage;
    try {
        const running = runWithRetries(args, {
            retries: req.retries,
            buildx: deps.buildx,
            dockerfileText: req.dockerfileText,
            execOptions: { cwd: req.cwd, env: req.secretEnv },
            before: () => removeFile(full.metadataFile),
            live: deps.log.info,
        }, deps);
        // buildx has started (the spawn is synchronous): the registry session for reading the pushed
        // manifest opens while it builds, and a docker-container builder's use is sampled meanwhile
        // (finding its container takes a `buildx inspect`, which must not delay the build).
        if (readManifest && image)
            void readManifest.prepare(image);
        usage = startUsageSampler(req.build.builder, deps, { ...(deps.buildx && { buildx: deps.buildx }) });
        run = await running;
    }
    catch (err) {
        void usage?.stop();
        if (err instanceof BuildFailedError && err.failure.reason === 'target') {
            const problem = await targetProblem(req);
            if (problem)
                throw problem;
        }
        if (err instanceof BuildFailedError && err.failure.kind === 'permanent' && err.line !== undefined) {
            deps.log.error(err.failure.message.replace(/^failed to solve: /, ''), {
                file: req.dockerfilePath,
                line: err.line,
            });
        }
        throw err;
    }
    const durationMs = deps.now() - started;
    const builder = usage ? await usage.stop() : {};
    rotateLocalCaches(req.cache);
    const metadata = readMetadata(full.metadataFile);
    const metrics = stepMetrics(run.progress.list());
    const warnings = collectWarnings(run.progress.text, run.progress.warnings);
    const digest = metadata?.digest ?? '';
    if (req.push && !digest) {
        throw new Error(`docker buildx build succeeded but its metadata file names no image digest (${full.metadataFile}).`);
    }
    const result = {
        mode: 'build',
        service: req.service,
        ...(req.variant && { variant: req.variant }),
        ...(req.build.target && { target: req.build.target }),
        ...(req.base && { base: req.base }),
        image,
        digest,
        ref: digest && image ? pinned(image, digest) : '',
        tags,
        platforms: req.build.platforms,
        metadata: metadata?.raw ?? {},
        durationMs,
        ...(metrics.cacheHitRatio !== undefined && { cacheHitRatio: metrics.cacheHitRatio }),
        cachedSteps: metrics.cached,
        cacheableSteps: metrics.cacheable,
        perPlatform: [],
        steps: metrics.steps,
        cacheMisses: metrics.cacheImportErrors,
        cache: req.cache.describe,
        warnings,
        command,
        ...(deps.buildx && { buildx: deps.buildx }),
        attempts: run.attempts,
        retried: run.retried.map((f) => `${f.reason}: ${f.message}`),
        ...(Object.keys(builder).length && { builder }),
    };
    if (req.push && digest) {
        const stats = await imageStats(image, digest, readManifest, req.build.platforms.length === 1 ? req.build.platforms[0] : '', readManifest.config);
        result.imageSize = stats.size;
        result.layers = stats.layers;
        result.perPlatform = stats.platforms;
    }
    reportCacheMisses(result, req.cache, deps.log);
    for (const w of warnings)
        deps.log.warning(w);
    return result;
}
/**
 * BuildKit only warns when a cache cannot be imported. Each miss is listed in the summary; the
 * step warns when no registry or gha cache source could be read at all (a cold cache).
 */
function reportCacheMisses(result, cache, log) {
    const readable = cache.from.filter((f) => !f.startsWith('type=local'));
    if (!result.cacheMisses.length)
        return;
    for (const m of result.cacheMisses)
        log.info(`Cache not imported from ${m.ref}: ${m.error}`);
    if (readable.length > 0 && result.cacheMisses.length >= readable.length) {
        log.warning(`No cache could be imported (${result.cacheMisses.map((m) => m.ref).join(', ')}): ${result.cacheMisses[0].error}. The build ran without a cache; the next build reads the cache this one wrote.`);
    }
}
/** buildx's `WARNING:` lines and BuildKit's warnings (build checks, deprecated syntax). */
function collectWarnings(text, warnings) {
    const out = text.filter((l) => /^WARNING:/.test(l)).map((l) => l.replace(/^WARNING:\s*/, ''));
    for (const w of warnings)
        out.push(w.message);
    return [...new Set(out)];
}

;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function utils_toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_namespaceObject.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_namespaceObject.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_namespaceObject.EOL}${convertedValue}${external_os_namespaceObject.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(8611);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(5692);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ./node_modules/tunnel/index.js
var node_modules_tunnel = __nccwpck_require__(770);
;// CONCATENATED MODULE: external "./undici-lazy.cjs"
var x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var y = (x) => (() => (x))
const external_undici_lazy_cjs_namespaceObject = x({  });
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = (/* unused pure expression or super */ null && (['OPTIONS', 'GET', 'DELETE', 'HEAD']));
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class lib_HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = pm.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? https : http;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = pm.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || http.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new https.Agent(options) : new http.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var auth_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class auth_BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_namespaceObject.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_namespaceObject.constants.R_OK | external_fs_namespaceObject.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_namespaceObject.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: external "string_decoder"
const external_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(2613);
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_namespaceObject.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_namespaceObject.constants.O_RDONLY;
function exists(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_namespaceObject.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_namespaceObject.dirname(filePath);
                        const upperName = external_path_namespaceObject.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_namespaceObject.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_namespaceObject.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_namespaceObject.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_namespaceObject.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_namespaceObject.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_namespaceObject.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_namespaceObject.EOL.length);
                n = s.indexOf(external_os_namespaceObject.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_namespaceObject.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_namespaceObject.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec_exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = tr.argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new tr.ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec_exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_namespaceObject.platform();
const arch = external_os_namespaceObject.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_namespaceObject.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_namespaceObject.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return file_command_issueFileCommand('STATE', file_command_prepareKeyValueMessage(name, value));
    }
    command_issueCommand('save-state', { name }, utils_toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map
;// CONCATENATED MODULE: ./.build/shared/runtime/deps.js
/**
 * The I/O seam: everything a module needs from the outside world comes in one `Deps` value, built
 * once in each action's main.ts (`actionDeps`) and passed down. Tests build their own with fakes;
 * production code has no other way in, so there is no branch that exists only for a test.
 */



/** The log of a step on a runner: annotations through @actions/core. */
const actionLog = {
    info: info,
    warning: warning,
    debug: core_debug,
    error: (message, where) => error(message, where ? { file: where.file, startLine: where.line, title: 'Dockerfile error' } : {}),
};
/** The real world, for an action's main.ts; `fetch` is the caller's (the registry's timeouts and proxy rules). */
function actionDeps(fetchImpl, log = actionLog) {
    return { exec: execTool, fetch: fetchImpl, sleep: sleep, now: Date.now, random: Math.random, log };
}

;// CONCATENATED MODULE: ./.build/shared/format/bytes.js
/**
 * Sizes, in one convention for inputs and summaries: units are binary, as Docker and BuildKit read
 * them (go-units RAMInBytes: `10GB` and `10GiB` are both 10 × 1024³ bytes), and the summaries write
 * the binary labels (`1.5 GiB`) so that no reader takes them for decimal units.
 */

const UNITS = {
    b: 1,
    k: 1024,
    m: 1024 ** 2,
    g: 1024 ** 3,
    t: 1024 ** 4,
    p: 1024 ** 5,
};
/**
 * Parses a size such as `10GB`, `512MiB`, `1.5g` or `1073741824` into bytes.
 *
 * @throws InputError naming `input` when the text is not a size.
 */
function parseBytes(text, input) {
    const m = /^(\d+(?:\.\d+)?)\s*(?:([kmgtp])i?b?|b)?$/i.exec(text.trim());
    if (!m) {
        throw new InputError(`'${text}' is not a size.`, {
            input,
            fix: 'use a number with an optional unit B, KB, MB, GB or TB (binary: 1GB = 1024 MB), e.g. 10GB.',
        });
    }
    return Math.round(Number(m[1]) * UNITS[(m[2] ?? 'b').toLowerCase()]);
}
/** A size for people: one decimal, binary labels (`512 B`, `1.5 GiB`). */
function formatBytes(bytes) {
    const labels = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let n = bytes;
    let i = 0;
    while (n >= 1024 && i < labels.length - 1) {
        n /= 1024;
        i++;
    }
    return i === 0 ? `${bytes} B` : `${n.toFixed(1)} ${labels[i]}`;
}
/**
 * A size exactly, for a configuration file BuildKit reads: the largest unit that keeps it whole
 * (`10GB`, `1536MB`, `1000B`), in go-units' syntax.
 */
function configBytes(bytes) {
    for (const [unit, n] of [
        ['TB', UNITS['t']],
        ['GB', UNITS['g']],
        ['MB', UNITS['m']],
        ['KB', UNITS['k']],
    ]) {
        if (bytes >= n && bytes % n === 0)
            return `${bytes / n}${unit}`;
    }
    return `${bytes}B`;
}

;// CONCATENATED MODULE: ./.build/shared/format/markdown.js
/** Markdown for job summaries and PR comments: one escaping rule for every table the actions write. */
/** Text safe inside a table cell: a `|` would end the cell, a newline the row. */
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
/** Inline code; a backtick inside would close it early, so it is shown as a quote. */
function code(text) {
    return `\`${text.replace(/`/g, "'")}\``;
}
/**
 * A Markdown table. Cells are taken as they are (already Markdown: escape text with `cell`), so a
 * caller can put code spans and links in them.
 */
function table(header, rows) {
    return [
        `| ${header.join(' | ')} |`,
        `|${header.map(() => '---').join('|')}|`,
        ...rows.map((r) => `| ${r.join(' | ')} |`),
    ];
}

;// CONCATENATED MODULE: ./.build/shared/build/summary.js
/** The job summary of a build-service run. Pure. */




/** Markdown for the job summary: result, slowest steps, cache hits, size and layers, the command. */
function renderSummary(r) {
    const out = [];
    const what = r.mode === 'merge' ? 'merge' : 'build';
    out.push(`### build-service: ${cell(r.service)}${r.variant ? ` (${r.variant})` : ''} — ${what}`, '');
    out.push('| | |', '|---|---|');
    if (r.ref)
        out.push(`| image | ${code(r.ref)} |`);
    if (r.target)
        out.push(`| target | ${code(r.target)} |`);
    if (r.platforms.length)
        out.push(`| platforms | ${r.platforms.join(', ')} |`);
    if (r.tags.length)
        out.push(`| tags | ${r.tags.map(code).join('<br>')} |`);
    out.push(`| duration | ${formatDuration(r.durationMs)}${r.attempts > 1 ? ` (${r.attempts} attempts)` : ''} |`);
    if (r.mode === 'build') {
        out.push(`| cache hits | ${r.cacheHitRatio === undefined ? 'no instruction steps' : `${Math.round(r.cacheHitRatio * 100)}% (${r.cachedSteps} of ${r.cacheableSteps} steps)`} |`);
    }
    if (r.imageSize !== undefined)
        out.push(`| size | ${formatBytes(r.imageSize)}, ${r.layers} layers |`);
    out.push('');
    if (r.perPlatform.length > 1) {
        out.push('| platform | digest | size | layers |', '|---|---|---|---|');
        for (const p of r.perPlatform) {
            out.push(`| ${p.platform || '—'} | ${code(p.digest.slice(0, 19))} | ${formatBytes(p.size)} | ${p.layers} |`);
        }
        out.push('');
    }
    if (r.retried.length) {
        out.push('**Retried:**', '', ...r.retried.map((x) => `- ${cell(x)}`), '');
    }
    const slow = slowestSteps(r.steps, 10);
    if (slow.length) {
        out.push('<details open><summary>Slowest steps</summary>', '', '| step | time |', '|---|---|');
        for (const s of slow)
            out.push(`| ${code(truncate(s.name, 100))} | ${formatDuration(s.durationMs)} |`);
        out.push('', '</details>', '');
    }
    const hits = r.steps.filter((s) => s.kind === 'instruction' && s.cached);
    const misses = r.steps.filter((s) => s.kind === 'instruction' && !s.cached);
    if (hits.length || misses.length) {
        out.push('<details><summary>Cache per step</summary>', '', '| step | cache |', '|---|---|');
        for (const s of r.steps.filter((x) => x.kind === 'instruction')) {
            out.push(`| ${code(truncate(s.name, 100))} | ${s.cached ? 'hit' : 'miss'} |`);
        }
        out.push('', '</details>', '');
    }
    if (r.cache.length || r.cacheMisses.length) {
        out.push('<details><summary>Cache sources</summary>', '');
        for (const c of r.cache)
            out.push(`- ${cell(c)}`);
        for (const m of r.cacheMisses)
            out.push(`- ⚠️ not imported: ${code(m.ref)}: ${cell(m.error)}`);
        out.push('', '</details>', '');
    }
    if (r.warnings.length)
        out.push('**Warnings:**', '', ...r.warnings.map((w) => `- ${cell(w)}`), '');
    out.push('<details><summary>Command</summary>', '', '```sh', r.command, '```', '');
    if (r.buildx)
        out.push(`Run with the buildx plugin itself, ${code(r.buildx)}, without the docker CLI.`, '');
    out.push('</details>', '');
    return out.join('\n');
}
function truncate(s, n) {
    return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

;// CONCATENATED MODULE: ./.build/shared/yaml/json-pointer.js
/** JSON Pointers (RFC 6901), as JSON Schema validators report where a value failed. */
/** `/services/web/ports/0` → `['services', 'web', 'ports', 0]` (`~1` is `/`, `~0` is `~`). */
function pointerToPath(pointer) {
    if (!pointer)
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

;// CONCATENATED MODULE: ./.build/shared/contracts/check.js
/**
 * Checks a document against one of the contracts: its version first (a newer major may be shaped in
 * ways the schema would only report confusingly), then its compiled schema. Pure: the caller turns
 * the problems into an error that names its input or file and the fix.
 */


/**
 * Why `doc` is not a version the reader knows, or undefined when it is.
 *
 * @param known the major version this reader reads
 * @param absent the version of a document without `version` (undefined: the field is required)
 */
function versionProblem(doc, known, absent) {
    if (!doc || typeof doc !== 'object' || Array.isArray(doc))
        return undefined; // the schema says so
    const version = doc['version'] ?? absent;
    if (version === undefined || !Number.isInteger(version))
        return undefined; // idem
    if (version === known)
        return undefined;
    return `it is version ${String(version)}, and this reader knows version ${known} only`;
}
/** Every schema problem of `doc`, each as `field 'a.b[0]' must be …`; empty when it is valid. */
function schemaProblems(doc, validate) {
    if (validate(doc))
        return [];
    const problems = (validate.errors ?? []).map(check_describe);
    return [...new Set(problems)].sort();
}
function check_describe(e) {
    const path = pointerToPath(e.instancePath);
    if (e.keyword === 'required')
        return `field '${fieldPath([...path, String(e.params['missingProperty'])])}' is missing`;
    const where = path.length ? `field '${fieldPath(path)}'` : 'the document';
    if (e.keyword === 'enum') {
        const allowed = e.params['allowedValues'].map((v) => JSON.stringify(v)).join(', ');
        return `${where} must be one of ${allowed}`;
    }
    return `${where} ${e.message ?? `fails ${e.keyword}`}`;
}
/** `['perPlatform', 0, 'digest']` → `perPlatform[0].digest`, the path as a reader writes it. */
function fieldPath(segments) {
    return segments.map((s, i) => (typeof s === 'number' ? `[${s}]` : i ? `.${s}` : s)).join('');
}
/**
 * Parses a result file's text and checks it against its contract: JSON, then checkContract. Pure.
 *
 * @throws InputError naming the file and, for a schema problem, the field's path
 */
function check_parseContract(text, file, spec) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        throw new InputError(`the ${spec.what} ${file} is not JSON: ${err.message}.`, {
            fix: `pass the file ${spec.action}'s \`result-file\` output names.`,
        });
    }
    return checkContract(value, file, spec);
}
/**
 * Checks a result file's parsed JSON against its contract: its version, then its schema. Pure.
 *
 * @throws InputError naming the file and, for a schema problem, the field's path
 */
function checkContract(value, file, spec) {
    const version = versionProblem(value, spec.version);
    if (version) {
        throw new InputError(`the ${spec.what} ${file} cannot be read: ${version}.`, {
            fix: `use this action from the same release as ${spec.action} (the same @vN).`,
        });
    }
    const problems = schemaProblems(value, spec.validate);
    if (problems.length) {
        throw new InputError(`the ${spec.what} ${file} does not match its schema: ${problems.join('; ')}.`, {
            fix: `pass the file ${spec.action}'s \`result-file\` output names (${spec.schema}).`,
        });
    }
    return value;
}

;// CONCATENATED MODULE: ./.build/shared/contracts/build-result.validate.js
// @ts-nocheck
/* eslint-disable */
// Generated by scripts/contract-schemas.ts from shared/contracts/build-result.schema.ts.
// Do not edit: run `npm run build`.
const validate = (/* unused pure expression or super */ null && (validate20));
/* harmony default export */ const build_result_validate = (validate20);
const schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://github.com/buildkit-actions/buildkit-actions/docs/schemas/build-result.schema.json", "title": "buildkit-actions build result", "description": "The file named by build-service's `result-file` output. See docs/contracts.md.", "type": "object", "required": ["version", "mode", "service", "image", "digest", "ref", "tags", "platforms", "metadata", "durationMs", "cachedSteps", "cacheableSteps", "perPlatform", "steps", "cacheMisses", "cache", "warnings", "command", "attempts", "retried"], "properties": { "version": { "type": "integer", "minimum": 1, "description": "Major version of this contract. A reader refuses a major it does not know." }, "mode": { "enum": ["build", "merge"], "description": "A build, or a merge of per-platform digests." }, "service": { "type": "string", "description": "The plan key built." }, "variant": { "enum": ["dev", "prod"], "description": "The variant built, when one was asked for." }, "target": { "type": "string", "description": "The Dockerfile stage built." }, "base": { "type": "string", "description": "The target stage's base image as the Dockerfile names it (`name[:tag][@digest]`), followed through the stages it is built FROM; absent for `FROM scratch` or a base the Dockerfile leaves to a build arg without a value." }, "image": { "type": "string", "description": "Image repository, without tag; empty when there is none." }, "digest": { "type": "string", "pattern": "^(|[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+)$", "description": "Digest of the pushed image or index; empty when nothing was pushed." }, "ref": { "type": "string", "description": "`image@digest`; empty when nothing was pushed." }, "tags": { "type": "array", "items": { "type": "string" }, "description": "Full tag references pushed." }, "platforms": { "type": "array", "items": { "type": "string" }, "description": "Platforms built." }, "metadata": { "type": "object", "description": "buildx's metadata file (`--metadata-file`), as written." }, "durationMs": { "type": "number", "minimum": 0, "description": "Wall time of the build or merge, in milliseconds." }, "cacheHitRatio": { "type": "number", "minimum": 0, "maximum": 1, "description": "Cached instruction steps over all of them; absent when there is none." }, "cachedSteps": { "type": "integer", "minimum": 0 }, "cacheableSteps": { "type": "integer", "minimum": 0, "description": "Dockerfile instruction steps: the ratio’s denominator." }, "imageSize": { "type": "integer", "minimum": 0, "description": "Compressed size in bytes of the largest platform’s image." }, "layers": { "type": "integer", "minimum": 0, "description": "Layer count of the largest platform’s image." }, "perPlatform": { "type": "array", "items": { "type": "object", "required": ["platform", "digest", "size", "layers"], "properties": { "platform": { "type": "string" }, "digest": { "type": "string", "pattern": "^(|[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+)$" }, "size": { "type": "integer", "minimum": 0 }, "layers": { "type": "integer", "minimum": 0 }, "largestLayer": { "type": "object", "description": "The largest layer, and the Dockerfile line that made it when the config says.", "required": ["size"], "properties": { "size": { "type": "integer", "minimum": 0 }, "createdBy": { "type": "string" } } } } } }, "steps": { "type": "array", "description": "The build’s steps (BuildKit vertices), in order.", "items": { "type": "object", "required": ["name", "kind", "durationMs", "cached"], "properties": { "name": { "type": "string" }, "kind": { "enum": ["instruction", "from", "internal", "cache-import", "export", "other"] }, "instruction": { "type": "string", "description": "RUN, COPY, … for instruction and from steps." }, "stage": { "type": "string" }, "platform": { "type": "string" }, "durationMs": { "type": "number", "minimum": 0 }, "cached": { "type": "boolean" }, "error": { "type": "string" } } } }, "cacheMisses": { "type": "array", "description": "Cache sources BuildKit could not import (missing, unreachable, corrupt).", "items": { "type": "object", "required": ["ref", "error"], "properties": { "ref": { "type": "string" }, "error": { "type": "string" } } } }, "cache": { "type": "array", "items": { "type": "string" }, "description": "The cache plan, one line per import or export." }, "warnings": { "type": "array", "items": { "type": "string" } }, "command": { "type": "string", "description": "The buildx command line run (secrets are never in it)." }, "buildx": { "type": "string", "description": "The buildx plugin binary run in place of `docker buildx`." }, "attempts": { "type": "integer", "minimum": 1, "description": "Attempts the build took." }, "retried": { "type": "array", "items": { "type": "string" }, "description": "Why each retried attempt was retried." }, "builder": { "type": "object", "description": "The builder’s CPU and memory use during the build, where the driver lets it be read (docker-container).", "properties": { "cpuSeconds": { "type": "number", "minimum": 0, "description": "CPU time (user + system), seconds." }, "memoryPeakBytes": { "type": "integer", "minimum": 0, "description": "Peak memory of the builder’s container, bytes." } } } } };
const pattern4 = new RegExp("^(|[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+)$", "u");
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    /*# sourceURL="https://github.com/buildkit-actions/buildkit-actions/docs/schemas/build-result.schema.json" */ ;
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate20.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.version === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.mode === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "mode" }, message: "must have required property '" + "mode" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.service === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property '" + "service" + "'" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.image === undefined) {
            const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "image" }, message: "must have required property '" + "image" + "'" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if (data.digest === undefined) {
            const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "digest" }, message: "must have required property '" + "digest" + "'" };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
        if (data.ref === undefined) {
            const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ref" }, message: "must have required property '" + "ref" + "'" };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        if (data.tags === undefined) {
            const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tags" }, message: "must have required property '" + "tags" + "'" };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
        if (data.platforms === undefined) {
            const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "platforms" }, message: "must have required property '" + "platforms" + "'" };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
        if (data.metadata === undefined) {
            const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property '" + "metadata" + "'" };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
        if (data.durationMs === undefined) {
            const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "durationMs" }, message: "must have required property '" + "durationMs" + "'" };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
        if (data.cachedSteps === undefined) {
            const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cachedSteps" }, message: "must have required property '" + "cachedSteps" + "'" };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
        if (data.cacheableSteps === undefined) {
            const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cacheableSteps" }, message: "must have required property '" + "cacheableSteps" + "'" };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
        if (data.perPlatform === undefined) {
            const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "perPlatform" }, message: "must have required property '" + "perPlatform" + "'" };
            if (vErrors === null) {
                vErrors = [err12];
            }
            else {
                vErrors.push(err12);
            }
            errors++;
        }
        if (data.steps === undefined) {
            const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "steps" }, message: "must have required property '" + "steps" + "'" };
            if (vErrors === null) {
                vErrors = [err13];
            }
            else {
                vErrors.push(err13);
            }
            errors++;
        }
        if (data.cacheMisses === undefined) {
            const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cacheMisses" }, message: "must have required property '" + "cacheMisses" + "'" };
            if (vErrors === null) {
                vErrors = [err14];
            }
            else {
                vErrors.push(err14);
            }
            errors++;
        }
        if (data.cache === undefined) {
            const err15 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cache" }, message: "must have required property '" + "cache" + "'" };
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
        if (data.warnings === undefined) {
            const err16 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "warnings" }, message: "must have required property '" + "warnings" + "'" };
            if (vErrors === null) {
                vErrors = [err16];
            }
            else {
                vErrors.push(err16);
            }
            errors++;
        }
        if (data.command === undefined) {
            const err17 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "command" }, message: "must have required property '" + "command" + "'" };
            if (vErrors === null) {
                vErrors = [err17];
            }
            else {
                vErrors.push(err17);
            }
            errors++;
        }
        if (data.attempts === undefined) {
            const err18 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "attempts" }, message: "must have required property '" + "attempts" + "'" };
            if (vErrors === null) {
                vErrors = [err18];
            }
            else {
                vErrors.push(err18);
            }
            errors++;
        }
        if (data.retried === undefined) {
            const err19 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "retried" }, message: "must have required property '" + "retried" + "'" };
            if (vErrors === null) {
                vErrors = [err19];
            }
            else {
                vErrors.push(err19);
            }
            errors++;
        }
        if (data.version !== undefined) {
            let data0 = data.version;
            if (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) {
                const err20 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
            if ((typeof data0 == "number") && (isFinite(data0))) {
                if (data0 < 1 || isNaN(data0)) {
                    const err21 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                    if (vErrors === null) {
                        vErrors = [err21];
                    }
                    else {
                        vErrors.push(err21);
                    }
                    errors++;
                }
            }
        }
        if (data.mode !== undefined) {
            let data1 = data.mode;
            if (!((data1 === "build") || (data1 === "merge"))) {
                const err22 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/enum", keyword: "enum", params: { allowedValues: schema31.properties.mode.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err22];
                }
                else {
                    vErrors.push(err22);
                }
                errors++;
            }
        }
        if (data.service !== undefined) {
            if (typeof data.service !== "string") {
                const err23 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
        }
        if (data.variant !== undefined) {
            let data3 = data.variant;
            if (!((data3 === "dev") || (data3 === "prod"))) {
                const err24 = { instancePath: instancePath + "/variant", schemaPath: "#/properties/variant/enum", keyword: "enum", params: { allowedValues: schema31.properties.variant.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err24];
                }
                else {
                    vErrors.push(err24);
                }
                errors++;
            }
        }
        if (data.target !== undefined) {
            if (typeof data.target !== "string") {
                const err25 = { instancePath: instancePath + "/target", schemaPath: "#/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
            }
        }
        if (data.base !== undefined) {
            if (typeof data.base !== "string") {
                const err26 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err26];
                }
                else {
                    vErrors.push(err26);
                }
                errors++;
            }
        }
        if (data.image !== undefined) {
            if (typeof data.image !== "string") {
                const err27 = { instancePath: instancePath + "/image", schemaPath: "#/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err27];
                }
                else {
                    vErrors.push(err27);
                }
                errors++;
            }
        }
        if (data.digest !== undefined) {
            let data7 = data.digest;
            if (typeof data7 === "string") {
                if (!pattern4.test(data7)) {
                    const err28 = { instancePath: instancePath + "/digest", schemaPath: "#/properties/digest/pattern", keyword: "pattern", params: { pattern: "^(|[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+)$" }, message: "must match pattern \"" + "^(|[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+)$" + "\"" };
                    if (vErrors === null) {
                        vErrors = [err28];
                    }
                    else {
                        vErrors.push(err28);
                    }
                    errors++;
                }
            }
            else {
                const err29 = { instancePath: instancePath + "/digest", schemaPath: "#/properties/digest/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err29];
                }
                else {
                    vErrors.push(err29);
                }
                errors++;
            }
        }
        if (data.ref !== undefined) {
            if (typeof data.ref !== "string") {
                const err30 = { instancePath: instancePath + "/ref", schemaPath: "#/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err30];
                }
                else {
                    vErrors.push(err30);
                }
                errors++;
            }
        }
        if (data.tags !== undefined) {
            let data9 = data.tags;
            if (Array.isArray(data9)) {
                const len0 = data9.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    if (typeof data9[i0] !== "string") {
                        const err31 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "#/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err31];
                        }
                        else {
                            vErrors.push(err31);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err32 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err32];
                }
                else {
                    vErrors.push(err32);
                }
                errors++;
            }
        }
        if (data.platforms !== undefined) {
            let data11 = data.platforms;
            if (Array.isArray(data11)) {
                const len1 = data11.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    if (typeof data11[i1] !== "string") {
                        const err33 = { instancePath: instancePath + "/platforms/" + i1, schemaPath: "#/properties/platforms/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err33];
                        }
                        else {
                            vErrors.push(err33);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err34 = { instancePath: instancePath + "/platforms", schemaPath: "#/properties/platforms/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err34];
                }
                else {
                    vErrors.push(err34);
                }
                errors++;
            }
        }
        if (data.metadata !== undefined) {
            let data13 = data.metadata;
            if (!(data13 && typeof data13 == "object" && !Array.isArray(data13))) {
                const err35 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err35];
                }
                else {
                    vErrors.push(err35);
                }
                errors++;
            }
        }
        if (data.durationMs !== undefined) {
            let data14 = data.durationMs;
            if ((typeof data14 == "number") && (isFinite(data14))) {
                if (data14 < 0 || isNaN(data14)) {
                    const err36 = { instancePath: instancePath + "/durationMs", schemaPath: "#/properties/durationMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    if (vErrors === null) {
                        vErrors = [err36];
                    }
                    else {
                        vErrors.push(err36);
                    }
                    errors++;
                }
            }
            else {
                const err37 = { instancePath: instancePath + "/durationMs", schemaPath: "#/properties/durationMs/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                    vErrors = [err37];
                }
                else {
                    vErrors.push(err37);
                }
                errors++;
            }
        }
        if (data.cacheHitRatio !== undefined) {
            let data15 = data.cacheHitRatio;
            if ((typeof data15 == "number") && (isFinite(data15))) {
                if (data15 > 1 || isNaN(data15)) {
                    const err38 = { instancePath: instancePath + "/cacheHitRatio", schemaPath: "#/properties/cacheHitRatio/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                    if (vErrors === null) {
                        vErrors = [err38];
                    }
                    else {
                        vErrors.push(err38);
                    }
                    errors++;
                }
                if (data15 < 0 || isNaN(data15)) {
                    const err39 = { instancePath: instancePath + "/cacheHitRatio", schemaPath: "#/properties/cacheHitRatio/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    if (vErrors === null) {
                        vErrors = [err39];
                    }
                    else {
                        vErrors.push(err39);
                    }
                    errors++;
                }
            }
            else {
                const err40 = { instancePath: instancePath + "/cacheHitRatio", schemaPath: "#/properties/cacheHitRatio/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                    vErrors = [err40];
                }
                else {
                    vErrors.push(err40);
                }
                errors++;
            }
        }
        if (data.cachedSteps !== undefined) {
            let data16 = data.cachedSteps;
            if (!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))) {
                const err41 = { instancePath: instancePath + "/cachedSteps", schemaPath: "#/properties/cachedSteps/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err41];
                }
                else {
                    vErrors.push(err41);
                }
                errors++;
            }
            if ((typeof data16 == "number") && (isFinite(data16))) {
                if (data16 < 0 || isNaN(data16)) {
                    const err42 = { instancePath: instancePath + "/cachedSteps", schemaPath: "#/properties/cachedSteps/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    if (vErrors === null) {
                        vErrors = [err42];
                    }
                    else {
                        vErrors.push(err42);
                    }
                    errors++;
                }
            }
        }
        if (data.cacheableSteps !== undefined) {
            let data17 = data.cacheableSteps;
            if (!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))) {
                const err43 = { instancePath: instancePath + "/cacheableSteps", schemaPath: "#/properties/cacheableSteps/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err43];
                }
                else {
                    vErrors.push(err43);
                }
                errors++;
            }
            if ((typeof data17 == "number") && (isFinite(data17))) {
                if (data17 < 0 || isNaN(data17)) {
                    const err44 = { instancePath: instancePath + "/cacheableSteps", schemaPath: "#/properties/cacheableSteps/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    if (vErrors === null) {
                        vErrors = [err44];
                    }
                    else {
                        vErrors.push(err44);
                    }
                    errors++;
                }
            }
        }
        if (data.imageSize !== undefined) {
            let data18 = data.imageSize;
            if (!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))) {
                const err45 = { instancePath: instancePath + "/imageSize", schemaPath: "#/properties/imageSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err45];
                }
                else {
                    vErrors.push(err45);
                }
                errors++;
            }
            if ((typeof data18 == "number") && (isFinite(data18))) {
                if (data18 < 0 || isNaN(data18)) {
                    const err46 = { instancePath: instancePath + "/imageSize", schemaPath: "#/properties/imageSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    if (vErrors === null) {
                        vErrors = [err46];
                    }
                    else {
                        vErrors.push(err46);
                    }
                    errors++;
                }
            }
        }
        if (data.layers !== undefined) {
            let data19 = data.layers;
            if (!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))) {
                const err47 = { instancePath: instancePath + "/layers", schemaPath: "#/properties/layers/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err47];
                }
                else {
                    vErrors.push(err47);
                }
                errors++;
            }
            if ((typeof data19 == "number") && (isFinite(data19))) {
                if (data19 < 0 || isNaN(data19)) {
                    const err48 = { instancePath: instancePath + "/layers", schemaPath: "#/properties/layers/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    if (vErrors === null) {
                        vErrors = [err48];
                    }
                    else {
                        vErrors.push(err48);
                    }
                    errors++;
                }
            }
        }
        if (data.perPlatform !== undefined) {
            let data20 = data.perPlatform;
            if (Array.isArray(data20)) {
                const len2 = data20.length;
                for (let i2 = 0; i2 < len2; i2++) {
                    let data21 = data20[i2];
                    if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                        if (data21.platform === undefined) {
                            const err49 = { instancePath: instancePath + "/perPlatform/" + i2, schemaPath: "#/properties/perPlatform/items/required", keyword: "required", params: { missingProperty: "platform" }, message: "must have required property '" + "platform" + "'" };
                            if (vErrors === null) {
                                vErrors = [err49];
                            }
                            else {
                                vErrors.push(err49);
                            }
                            errors++;
                        }
                        if (data21.digest === undefined) {
                            const err50 = { instancePath: instancePath + "/perPlatform/" + i2, schemaPath: "#/properties/perPlatform/items/required", keyword: "required", params: { missingProperty: "digest" }, message: "must have required property '" + "digest" + "'" };
                            if (vErrors === null) {
                                vErrors = [err50];
                            }
                            else {
                                vErrors.push(err50);
                            }
                            errors++;
                        }
                        if (data21.size === undefined) {
                            const err51 = { instancePath: instancePath + "/perPlatform/" + i2, schemaPath: "#/properties/perPlatform/items/required", keyword: "required", params: { missingProperty: "size" }, message: "must have required property '" + "size" + "'" };
                            if (vErrors === null) {
                                vErrors = [err51];
                            }
                            else {
                                vErrors.push(err51);
                            }
                            errors++;
                        }
                        if (data21.layers === undefined) {
                            const err52 = { instancePath: instancePath + "/perPlatform/" + i2, schemaPath: "#/properties/perPlatform/items/required", keyword: "required", params: { missingProperty: "layers" }, message: "must have required property '" + "layers" + "'" };
                            if (vErrors === null) {
                                vErrors = [err52];
                            }
                            else {
                                vErrors.push(err52);
                            }
                            errors++;
                        }
                        if (data21.platform !== undefined) {
                            if (typeof data21.platform !== "string") {
                                const err53 = { instancePath: instancePath + "/perPlatform/" + i2 + "/platform", schemaPath: "#/properties/perPlatform/items/properties/platform/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err53];
                                }
                                else {
                                    vErrors.push(err53);
                                }
                                errors++;
                            }
                        }
                        if (data21.digest !== undefined) {
                            let data23 = data21.digest;
                            if (typeof data23 === "string") {
                                if (!pattern4.test(data23)) {
                                    const err54 = { instancePath: instancePath + "/perPlatform/" + i2 + "/digest", schemaPath: "#/properties/perPlatform/items/properties/digest/pattern", keyword: "pattern", params: { pattern: "^(|[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+)$" }, message: "must match pattern \"" + "^(|[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+)$" + "\"" };
                                    if (vErrors === null) {
                                        vErrors = [err54];
                                    }
                                    else {
                                        vErrors.push(err54);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err55 = { instancePath: instancePath + "/perPlatform/" + i2 + "/digest", schemaPath: "#/properties/perPlatform/items/properties/digest/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err55];
                                }
                                else {
                                    vErrors.push(err55);
                                }
                                errors++;
                            }
                        }
                        if (data21.size !== undefined) {
                            let data24 = data21.size;
                            if (!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))) {
                                const err56 = { instancePath: instancePath + "/perPlatform/" + i2 + "/size", schemaPath: "#/properties/perPlatform/items/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                    vErrors = [err56];
                                }
                                else {
                                    vErrors.push(err56);
                                }
                                errors++;
                            }
                            if ((typeof data24 == "number") && (isFinite(data24))) {
                                if (data24 < 0 || isNaN(data24)) {
                                    const err57 = { instancePath: instancePath + "/perPlatform/" + i2 + "/size", schemaPath: "#/properties/perPlatform/items/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                    if (vErrors === null) {
                                        vErrors = [err57];
                                    }
                                    else {
                                        vErrors.push(err57);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data21.layers !== undefined) {
                            let data25 = data21.layers;
                            if (!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))) {
                                const err58 = { instancePath: instancePath + "/perPlatform/" + i2 + "/layers", schemaPath: "#/properties/perPlatform/items/properties/layers/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                    vErrors = [err58];
                                }
                                else {
                                    vErrors.push(err58);
                                }
                                errors++;
                            }
                            if ((typeof data25 == "number") && (isFinite(data25))) {
                                if (data25 < 0 || isNaN(data25)) {
                                    const err59 = { instancePath: instancePath + "/perPlatform/" + i2 + "/layers", schemaPath: "#/properties/perPlatform/items/properties/layers/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                    if (vErrors === null) {
                                        vErrors = [err59];
                                    }
                                    else {
                                        vErrors.push(err59);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data21.largestLayer !== undefined) {
                            let data26 = data21.largestLayer;
                            if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                                if (data26.size === undefined) {
                                    const err60 = { instancePath: instancePath + "/perPlatform/" + i2 + "/largestLayer", schemaPath: "#/properties/perPlatform/items/properties/largestLayer/required", keyword: "required", params: { missingProperty: "size" }, message: "must have required property '" + "size" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err60];
                                    }
                                    else {
                                        vErrors.push(err60);
                                    }
                                    errors++;
                                }
                                if (data26.size !== undefined) {
                                    let data27 = data26.size;
                                    if (!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))) {
                                        const err61 = { instancePath: instancePath + "/perPlatform/" + i2 + "/largestLayer/size", schemaPath: "#/properties/perPlatform/items/properties/largestLayer/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                        if (vErrors === null) {
                                            vErrors = [err61];
                                        }
                                        else {
                                            vErrors.push(err61);
                                        }
                                        errors++;
                                    }
                                    if ((typeof data27 == "number") && (isFinite(data27))) {
                                        if (data27 < 0 || isNaN(data27)) {
                                            const err62 = { instancePath: instancePath + "/perPlatform/" + i2 + "/largestLayer/size", schemaPath: "#/properties/perPlatform/items/properties/largestLayer/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                            if (vErrors === null) {
                                                vErrors = [err62];
                                            }
                                            else {
                                                vErrors.push(err62);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                if (data26.createdBy !== undefined) {
                                    if (typeof data26.createdBy !== "string") {
                                        const err63 = { instancePath: instancePath + "/perPlatform/" + i2 + "/largestLayer/createdBy", schemaPath: "#/properties/perPlatform/items/properties/largestLayer/properties/createdBy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err63];
                                        }
                                        else {
                                            vErrors.push(err63);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err64 = { instancePath: instancePath + "/perPlatform/" + i2 + "/largestLayer", schemaPath: "#/properties/perPlatform/items/properties/largestLayer/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                    vErrors = [err64];
                                }
                                else {
                                    vErrors.push(err64);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err65 = { instancePath: instancePath + "/perPlatform/" + i2, schemaPath: "#/properties/perPlatform/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err65];
                        }
                        else {
                            vErrors.push(err65);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err66 = { instancePath: instancePath + "/perPlatform", schemaPath: "#/properties/perPlatform/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err66];
                }
                else {
                    vErrors.push(err66);
                }
                errors++;
            }
        }
        if (data.steps !== undefined) {
            let data29 = data.steps;
            if (Array.isArray(data29)) {
                const len3 = data29.length;
                for (let i3 = 0; i3 < len3; i3++) {
                    let data30 = data29[i3];
                    if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                        if (data30.name === undefined) {
                            const err67 = { instancePath: instancePath + "/steps/" + i3, schemaPath: "#/properties/steps/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
                            if (vErrors === null) {
                                vErrors = [err67];
                            }
                            else {
                                vErrors.push(err67);
                            }
                            errors++;
                        }
                        if (data30.kind === undefined) {
                            const err68 = { instancePath: instancePath + "/steps/" + i3, schemaPath: "#/properties/steps/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'" };
                            if (vErrors === null) {
                                vErrors = [err68];
                            }
                            else {
                                vErrors.push(err68);
                            }
                            errors++;
                        }
                        if (data30.durationMs === undefined) {
                            const err69 = { instancePath: instancePath + "/steps/" + i3, schemaPath: "#/properties/steps/items/required", keyword: "required", params: { missingProperty: "durationMs" }, message: "must have required property '" + "durationMs" + "'" };
                            if (vErrors === null) {
                                vErrors = [err69];
                            }
                            else {
                                vErrors.push(err69);
                            }
                            errors++;
                        }
                        if (data30.cached === undefined) {
                            const err70 = { instancePath: instancePath + "/steps/" + i3, schemaPath: "#/properties/steps/items/required", keyword: "required", params: { missingProperty: "cached" }, message: "must have required property '" + "cached" + "'" };
                            if (vErrors === null) {
                                vErrors = [err70];
                            }
                            else {
                                vErrors.push(err70);
                            }
                            errors++;
                        }
                        if (data30.name !== undefined) {
                            if (typeof data30.name !== "string") {
                                const err71 = { instancePath: instancePath + "/steps/" + i3 + "/name", schemaPath: "#/properties/steps/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err71];
                                }
                                else {
                                    vErrors.push(err71);
                                }
                                errors++;
                            }
                        }
                        if (data30.kind !== undefined) {
                            let data32 = data30.kind;
                            if (!((((((data32 === "instruction") || (data32 === "from")) || (data32 === "internal")) || (data32 === "cache-import")) || (data32 === "export")) || (data32 === "other"))) {
                                const err72 = { instancePath: instancePath + "/steps/" + i3 + "/kind", schemaPath: "#/properties/steps/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema31.properties.steps.items.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                                if (vErrors === null) {
                                    vErrors = [err72];
                                }
                                else {
                                    vErrors.push(err72);
                                }
                                errors++;
                            }
                        }
                        if (data30.instruction !== undefined) {
                            if (typeof data30.instruction !== "string") {
                                const err73 = { instancePath: instancePath + "/steps/" + i3 + "/instruction", schemaPath: "#/properties/steps/items/properties/instruction/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err73];
                                }
                                else {
                                    vErrors.push(err73);
                                }
                                errors++;
                            }
                        }
                        if (data30.stage !== undefined) {
                            if (typeof data30.stage !== "string") {
                                const err74 = { instancePath: instancePath + "/steps/" + i3 + "/stage", schemaPath: "#/properties/steps/items/properties/stage/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err74];
                                }
                                else {
                                    vErrors.push(err74);
                                }
                                errors++;
                            }
                        }
                        if (data30.platform !== undefined) {
                            if (typeof data30.platform !== "string") {
                                const err75 = { instancePath: instancePath + "/steps/" + i3 + "/platform", schemaPath: "#/properties/steps/items/properties/platform/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err75];
                                }
                                else {
                                    vErrors.push(err75);
                                }
                                errors++;
                            }
                        }
                        if (data30.durationMs !== undefined) {
                            let data36 = data30.durationMs;
                            if ((typeof data36 == "number") && (isFinite(data36))) {
                                if (data36 < 0 || isNaN(data36)) {
                                    const err76 = { instancePath: instancePath + "/steps/" + i3 + "/durationMs", schemaPath: "#/properties/steps/items/properties/durationMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                    if (vErrors === null) {
                                        vErrors = [err76];
                                    }
                                    else {
                                        vErrors.push(err76);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err77 = { instancePath: instancePath + "/steps/" + i3 + "/durationMs", schemaPath: "#/properties/steps/items/properties/durationMs/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err77];
                                }
                                else {
                                    vErrors.push(err77);
                                }
                                errors++;
                            }
                        }
                        if (data30.cached !== undefined) {
                            if (typeof data30.cached !== "boolean") {
                                const err78 = { instancePath: instancePath + "/steps/" + i3 + "/cached", schemaPath: "#/properties/steps/items/properties/cached/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                if (vErrors === null) {
                                    vErrors = [err78];
                                }
                                else {
                                    vErrors.push(err78);
                                }
                                errors++;
                            }
                        }
                        if (data30.error !== undefined) {
                            if (typeof data30.error !== "string") {
                                const err79 = { instancePath: instancePath + "/steps/" + i3 + "/error", schemaPath: "#/properties/steps/items/properties/error/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err79];
                                }
                                else {
                                    vErrors.push(err79);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err80 = { instancePath: instancePath + "/steps/" + i3, schemaPath: "#/properties/steps/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err80];
                        }
                        else {
                            vErrors.push(err80);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err81 = { instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err81];
                }
                else {
                    vErrors.push(err81);
                }
                errors++;
            }
        }
        if (data.cacheMisses !== undefined) {
            let data39 = data.cacheMisses;
            if (Array.isArray(data39)) {
                const len4 = data39.length;
                for (let i4 = 0; i4 < len4; i4++) {
                    let data40 = data39[i4];
                    if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                        if (data40.ref === undefined) {
                            const err82 = { instancePath: instancePath + "/cacheMisses/" + i4, schemaPath: "#/properties/cacheMisses/items/required", keyword: "required", params: { missingProperty: "ref" }, message: "must have required property '" + "ref" + "'" };
                            if (vErrors === null) {
                                vErrors = [err82];
                            }
                            else {
                                vErrors.push(err82);
                            }
                            errors++;
                        }
                        if (data40.error === undefined) {
                            const err83 = { instancePath: instancePath + "/cacheMisses/" + i4, schemaPath: "#/properties/cacheMisses/items/required", keyword: "required", params: { missingProperty: "error" }, message: "must have required property '" + "error" + "'" };
                            if (vErrors === null) {
                                vErrors = [err83];
                            }
                            else {
                                vErrors.push(err83);
                            }
                            errors++;
                        }
                        if (data40.ref !== undefined) {
                            if (typeof data40.ref !== "string") {
                                const err84 = { instancePath: instancePath + "/cacheMisses/" + i4 + "/ref", schemaPath: "#/properties/cacheMisses/items/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err84];
                                }
                                else {
                                    vErrors.push(err84);
                                }
                                errors++;
                            }
                        }
                        if (data40.error !== undefined) {
                            if (typeof data40.error !== "string") {
                                const err85 = { instancePath: instancePath + "/cacheMisses/" + i4 + "/error", schemaPath: "#/properties/cacheMisses/items/properties/error/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err85];
                                }
                                else {
                                    vErrors.push(err85);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err86 = { instancePath: instancePath + "/cacheMisses/" + i4, schemaPath: "#/properties/cacheMisses/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err86];
                        }
                        else {
                            vErrors.push(err86);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err87 = { instancePath: instancePath + "/cacheMisses", schemaPath: "#/properties/cacheMisses/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err87];
                }
                else {
                    vErrors.push(err87);
                }
                errors++;
            }
        }
        if (data.cache !== undefined) {
            let data43 = data.cache;
            if (Array.isArray(data43)) {
                const len5 = data43.length;
                for (let i5 = 0; i5 < len5; i5++) {
                    if (typeof data43[i5] !== "string") {
                        const err88 = { instancePath: instancePath + "/cache/" + i5, schemaPath: "#/properties/cache/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err88];
                        }
                        else {
                            vErrors.push(err88);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err89 = { instancePath: instancePath + "/cache", schemaPath: "#/properties/cache/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err89];
                }
                else {
                    vErrors.push(err89);
                }
                errors++;
            }
        }
        if (data.warnings !== undefined) {
            let data45 = data.warnings;
            if (Array.isArray(data45)) {
                const len6 = data45.length;
                for (let i6 = 0; i6 < len6; i6++) {
                    if (typeof data45[i6] !== "string") {
                        const err90 = { instancePath: instancePath + "/warnings/" + i6, schemaPath: "#/properties/warnings/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err90];
                        }
                        else {
                            vErrors.push(err90);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err91 = { instancePath: instancePath + "/warnings", schemaPath: "#/properties/warnings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err91];
                }
                else {
                    vErrors.push(err91);
                }
                errors++;
            }
        }
        if (data.command !== undefined) {
            if (typeof data.command !== "string") {
                const err92 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err92];
                }
                else {
                    vErrors.push(err92);
                }
                errors++;
            }
        }
        if (data.buildx !== undefined) {
            if (typeof data.buildx !== "string") {
                const err93 = { instancePath: instancePath + "/buildx", schemaPath: "#/properties/buildx/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err93];
                }
                else {
                    vErrors.push(err93);
                }
                errors++;
            }
        }
        if (data.attempts !== undefined) {
            let data49 = data.attempts;
            if (!(((typeof data49 == "number") && (!(data49 % 1) && !isNaN(data49))) && (isFinite(data49)))) {
                const err94 = { instancePath: instancePath + "/attempts", schemaPath: "#/properties/attempts/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err94];
                }
                else {
                    vErrors.push(err94);
                }
                errors++;
            }
            if ((typeof data49 == "number") && (isFinite(data49))) {
                if (data49 < 1 || isNaN(data49)) {
                    const err95 = { instancePath: instancePath + "/attempts", schemaPath: "#/properties/attempts/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                    if (vErrors === null) {
                        vErrors = [err95];
                    }
                    else {
                        vErrors.push(err95);
                    }
                    errors++;
                }
            }
        }
        if (data.retried !== undefined) {
            let data50 = data.retried;
            if (Array.isArray(data50)) {
                const len7 = data50.length;
                for (let i7 = 0; i7 < len7; i7++) {
                    if (typeof data50[i7] !== "string") {
                        const err96 = { instancePath: instancePath + "/retried/" + i7, schemaPath: "#/properties/retried/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err96];
                        }
                        else {
                            vErrors.push(err96);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err97 = { instancePath: instancePath + "/retried", schemaPath: "#/properties/retried/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err97];
                }
                else {
                    vErrors.push(err97);
                }
                errors++;
            }
        }
        if (data.builder !== undefined) {
            let data52 = data.builder;
            if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
                if (data52.cpuSeconds !== undefined) {
                    let data53 = data52.cpuSeconds;
                    if ((typeof data53 == "number") && (isFinite(data53))) {
                        if (data53 < 0 || isNaN(data53)) {
                            const err98 = { instancePath: instancePath + "/builder/cpuSeconds", schemaPath: "#/properties/builder/properties/cpuSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                                vErrors = [err98];
                            }
                            else {
                                vErrors.push(err98);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err99 = { instancePath: instancePath + "/builder/cpuSeconds", schemaPath: "#/properties/builder/properties/cpuSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                            vErrors = [err99];
                        }
                        else {
                            vErrors.push(err99);
                        }
                        errors++;
                    }
                }
                if (data52.memoryPeakBytes !== undefined) {
                    let data54 = data52.memoryPeakBytes;
                    if (!(((typeof data54 == "number") && (!(data54 % 1) && !isNaN(data54))) && (isFinite(data54)))) {
                        const err100 = { instancePath: instancePath + "/builder/memoryPeakBytes", schemaPath: "#/properties/builder/properties/memoryPeakBytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err100];
                        }
                        else {
                            vErrors.push(err100);
                        }
                        errors++;
                    }
                    if ((typeof data54 == "number") && (isFinite(data54))) {
                        if (data54 < 0 || isNaN(data54)) {
                            const err101 = { instancePath: instancePath + "/builder/memoryPeakBytes", schemaPath: "#/properties/builder/properties/memoryPeakBytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                                vErrors = [err101];
                            }
                            else {
                                vErrors.push(err101);
                            }
                            errors++;
                        }
                    }
                }
            }
            else {
                const err102 = { instancePath: instancePath + "/builder", schemaPath: "#/properties/builder/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err102];
                }
                else {
                    vErrors.push(err102);
                }
                errors++;
            }
        }
    }
    else {
        const err103 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err103];
        }
        else {
            vErrors.push(err103);
        }
        errors++;
    }
    validate20.errors = vErrors;
    return errors === 0;
}
validate20.evaluated = { "props": { "version": true, "mode": true, "service": true, "variant": true, "target": true, "base": true, "image": true, "digest": true, "ref": true, "tags": true, "platforms": true, "metadata": true, "durationMs": true, "cacheHitRatio": true, "cachedSteps": true, "cacheableSteps": true, "imageSize": true, "layers": true, "perPlatform": true, "steps": true, "cacheMisses": true, "cache": true, "warnings": true, "command": true, "buildx": true, "attempts": true, "retried": true, "builder": true }, "dynamicProps": false, "dynamicItems": false };

;// CONCATENATED MODULE: ./.build/shared/contracts/build-result.js
/**
 * The build result: the file build-service writes (its `result-file` output) for the actions that
 * come after a build (scan-image, sign-image, report-metrics). Schema: ./build-result.schema.ts,
 * published as docs/schemas/build-result.schema.json; fields and version policy: docs/contracts.md.
 */




/** The major version build-service writes; a reader refuses any other. */
const BUILD_RESULT_VERSION = 1;
/** The result file's document for an outcome. Pure. */
function buildResult(outcome) {
    return { version: BUILD_RESULT_VERSION, ...outcome };
}
/** The result file's text: the document as indented JSON. */
function buildResultText(outcome) {
    return JSON.stringify(buildResult(outcome), null, 2) + '\n';
}
/**
 * Parses and validates a result file's text. Pure.
 *
 * @param file where the text comes from, for the errors
 * @throws InputError naming the file and, for a schema problem, the field's path
 */
function parseBuildResult(text, file) {
    return parseContract(text, file, BUILD_RESULT);
}
/** The build result's contract (for checkContract on JSON already parsed). */
const BUILD_RESULT = {
    what: 'build result',
    version: BUILD_RESULT_VERSION,
    validate: build_result_validate,
    action: 'build-service',
    schema: 'docs/schemas/build-result.schema.json',
};
/**
 * Reads and validates the result file build-service wrote.
 *
 * @param readText reads a file's text; the file system's unless given (tests pass their own)
 * @throws InputError naming the file when it cannot be read, is not JSON, is of an unknown version or
 *   does not match the schema
 */
function readBuildResult(path, readText = (p) => readFileSync(p, 'utf8')) {
    let text;
    try {
        text = readText(path);
    }
    catch (err) {
        const code = err.code;
        const why = code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? err.message})`;
        throw new InputError(`the build result ${path} ${why}.`, {
            fix: "pass the file build-service's `result-file` output names, in the same job as build-service.",
        });
    }
    return parseBuildResult(text, path);
}

;// CONCATENATED MODULE: ./.build/shared/runtime/outputs.js
/**
 * Collects outputs and writes them together once the action has succeeded, so a failing step never
 * leaves a subset of its outputs for a downstream step to trust.
 */

class Outputs {
    values = new Map();
    set(name, value) {
        this.values.set(name, typeof value === 'string' ? value : JSON.stringify(value));
        return this;
    }
    /** Writes every collected output through the runner's GITHUB_OUTPUT file. */
    flush() {
        for (const [name, value] of this.values)
            setOutput(name, value);
    }
    toJSON() {
        return Object.fromEntries(this.values);
    }
}

;// CONCATENATED MODULE: ./.build/shared/runtime/run.js

/**
 * Runs an action's main (or post) function: a thrown error becomes `setFailed` with its message, so
 * the core never calls `setFailed` itself. Outputs are written by the action only after main succeeds
 * (see shared/runtime/outputs.ts), so a failure leaves no partial outputs behind.
 *
 * Then the process ends as soon as its log is flushed. Left to end by itself, Node first disposes of
 * the V8 heap and waits for background compiler and GC tasks: 40-50 ms of plan-matrix's run on
 * 1,000 services. Writes to a pipe are asynchronous on POSIX, so stdout and stderr are flushed
 * first; the outputs, state and summary files are already written.
 */
async function run(main, post) {
    const isPost = getState('isPost') === 'true';
    if (!isPost)
        saveState('isPost', 'true');
    try {
        await (isPost && post ? post() : isPost ? Promise.resolve() : main());
    }
    catch (err) {
        setFailed(err instanceof Error ? err.message : String(err));
        if (err instanceof Error && err.stack && !(err.name === 'InputError'))
            core_debug(err.stack);
    }
    await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
    process.exit();
}
/** Resolves once everything written to `stream` so far has been handed to the OS. */
function flushed(stream) {
    // Writes complete in order: the callback of an empty write comes after all earlier ones.
    return new Promise((resolve) => stream.write('', () => resolve()));
}

;// CONCATENATED MODULE: ./.build/shared/runtime/summary.js
/** Job summary output: the runner's step summary file, or the log when run from a terminal. */

async function writeSummary(markdown) {
    if (process.env['GITHUB_STEP_SUMMARY']) {
        await summary.addRaw(markdown).write();
    }
    else {
        info(markdown);
    }
}

;// CONCATENATED MODULE: ./.build/shared/fs/repo-path.js
/**
 * Paths the user names (a build context, a Dockerfile, a named context, a secret file, the
 * manifest, an ignore file) must stay inside the repository, symbolic links included: a checkout
 * can hold a link to `/etc` or to `$HOME/.docker/config.json`, and a check on the path as text would
 * let a read through it leave the repository. One helper does the check for every reader.
 */



/**
 * Resolves `path` inside the repository at `repoRoot`, following symbolic links, and returns its
 * real path.
 *
 * Contract (the Compose loader relies on it too):
 * - `path` is relative to `repoRoot`, or absolute. It is first normalised as text (`a/../b` is `b`,
 *   as Go's `filepath.Clean` does before buildx opens a path), and must then lie inside `repoRoot`.
 * - The normalised path is then resolved with `realpath` (every link on the way, the last component
 *   included), and the result must lie inside the real path of `repoRoot` (which may itself be a
 *   link, as a runner's workspace can be). Links that stay inside the repository are followed.
 * - Returns the real absolute path; read through it, not through `path`, so that what was checked
 *   is what is read. Returns `undefined` when nothing exists at `path` (a dangling link included):
 *   the caller decides whether a missing file is an error.
 * - Throws InputError naming `subject` (the input, or the file and line), the path as given and,
 *   for a link, the link (repository-relative) and its target as written and as resolved. No other
 *   exception escapes but I/O errors other than a missing file (EACCES, ELOOP ...).
 * - Pure but for `lstat`, `readlink` and `realpath`; the repository root's real path is computed
 *   once per root and process, and what a `cache` holds is not looked at again.
 *
 * @param repoRoot absolute path of the repository root
 * @param path the path as the user wrote it
 * @param subject the input name (`'context'`), or `{ input?, location? }` for a file and line
 * @returns the real path, or `undefined` when it does not exist
 * @throws InputError when the path, as text or through a link, leaves the repository
 */
function resolveInsideRepo(repoRoot, path, subject, cache) {
    const root = (0,external_node_path_.resolve)(repoRoot);
    const abs = (0,external_node_path_.resolve)(root, path);
    if (!contains(root, abs)) {
        throw new errors/* InputError */.d(`'${path}' is outside the repository (${root}).`, {
            ...details(subject),
            fix: 'give a path inside the repository (relative to working-directory).',
        });
    }
    const realRoot = realRootOf(root);
    const memo = cache ?? new RepoPathCache();
    let real = memo.paths.get(abs);
    if (real === undefined && !memo.paths.has(abs)) {
        real = realPathOf(root, realRoot, abs, memo.dirs);
        memo.paths.set(abs, real);
    }
    if (real === undefined)
        return undefined;
    if (contains(realRoot, real))
        return real;
    const link = firstEscapingLink(root, realRoot, abs);
    const shown = link ? (0,external_node_path_.relative)(root, link.path).split(external_node_path_.sep).join('/') : path;
    const how = link
        ? `the symbolic link '${shown}' points to '${link.target}'${link.real !== link.target ? ` (${link.real})` : ''}`
        : `it resolves to '${real}'`;
    throw new errors/* InputError */.d(`'${path}' leaves the repository: ${how}, outside ${realRoot}.`, {
        ...details(subject),
        fix: 'point the link at a file inside the repository (links inside it are followed), or copy what it names into the repository.',
    });
}
const realRoots = new Map();
/**
 * What resolveInsideRepo found, for a reader that checks many paths while the files stay as they
 * are (one plan's catalogue): a plan checks thousands of files in the same few hundred folders, and
 * the loader and the catalogue check the same contexts and Dockerfiles. Resolving each whole path
 * again (a readlink per component) was a tenth of a large plan.
 */
class RepoPathCache {
    /** Folder → its real path. */
    dirs = new Map();
    /** Path → its real path, or undefined when nothing is there. */
    paths = new Map();
}
/**
 * The real path of `abs` (inside `root` as text), or undefined when nothing is there (a dangling
 * link included): one lstat for a plain entry, whose real path is its folder's plus its name.
 */
function realPathOf(root, realRoot, abs, realDirs) {
    if (abs === root)
        return realRoot;
    const st = (0,external_node_fs_namespaceObject.lstatSync)(abs, { throwIfNoEntry: false });
    if (!st)
        return undefined;
    if (st.isSymbolicLink()) {
        try {
            return external_node_fs_namespaceObject.realpathSync.native(abs);
        }
        catch (err) {
            const code = err.code;
            if (code === 'ENOENT' || code === 'ENOTDIR')
                return undefined;
            throw err;
        }
    }
    const dir = (0,external_node_path_.dirname)(abs);
    let realDir = dir === root ? realRoot : realDirs.get(dir);
    if (realDir === undefined) {
        realDir = realPathOf(root, realRoot, dir, realDirs);
        if (realDir === undefined)
            return undefined;
        realDirs.set(dir, realDir);
    }
    return (0,external_node_path_.join)(realDir, (0,external_node_path_.basename)(abs));
}
function realRootOf(root) {
    let real = realRoots.get(root);
    if (real === undefined) {
        real = external_node_fs_namespaceObject.realpathSync.native(root);
        realRoots.set(root, real);
    }
    return real;
}
/** True when `p` is `dir` or below it (both absolute and normalised). */
function contains(dir, p) {
    if (p === dir)
        return true;
    return p.startsWith(dir.endsWith(external_node_path_.sep) ? dir : dir + external_node_path_.sep);
}
/**
 * Walks `abs` from `root` one component at a time; the first prefix whose real path leaves the
 * repository ends in the link to blame (the prefix before it was inside, and a plain entry of a
 * directory inside the repository is inside too).
 */
function firstEscapingLink(root, realRoot, abs) {
    const parts = (0,external_node_path_.relative)(root, abs).split(external_node_path_.sep).filter(Boolean);
    let prefix = root;
    for (const part of parts) {
        prefix = (0,external_node_path_.join)(prefix, part);
        if (!(0,external_node_fs_namespaceObject.lstatSync)(prefix).isSymbolicLink())
            continue;
        const real = external_node_fs_namespaceObject.realpathSync.native(prefix);
        if (!contains(realRoot, real))
            return { path: prefix, target: (0,external_node_fs_namespaceObject.readlinkSync)(prefix), real };
    }
    return undefined;
}
function details(subject) {
    return typeof subject === 'string' ? { input: subject } : subject;
}

;// CONCATENATED MODULE: ./.build/shared/build/input-lists.js
/**
 * Parsers for the list inputs of a build: `KEY=VALUE` lines, secrets, named contexts and the
 * digests a merge joins. Pure but for the masking callback and the checks of local paths (secret
 * files and context directories must resolve inside the repository); every error is an InputError,
 * and an error about a secret never repeats the secret's value.
 */





/** `KEY=VALUE` lines (the value may contain `=` and be empty). */
function parseKeyValues(lines, input) {
    return lines.map((line) => {
        const i = line.indexOf('=');
        const key = i > 0 ? line.slice(0, i).trim() : '';
        if (!key || /\s/.test(key)) {
            throw new errors/* InputError */.d(`'${line}' is not KEY=VALUE.`, { input, fix: 'write one KEY=VALUE per line.' });
        }
        return [key, line.slice(i + 1)];
    });
}
const SECRET_ID = /^[A-Za-z0-9_.-]+$/;
/**
 * Splits the `secrets` input (read untrimmed) into `id=value` entries, keeping every value exactly:
 * leading and trailing spaces are part of a secret.
 * - One entry per line; the value runs to the end of the line.
 * - An entry that starts with `"` runs to the next `"` not doubled, across lines: the form
 *   docker/build-push-action documents for multi-line values (`"KEY=line1⏎line2"`, `""` for a `"`).
 *   https://docs.docker.com/build/ci/github-actions/secrets/
 * - Blank lines and lines starting with `#` are skipped.
 *
 * @throws InputError naming the line, never its content, for an unclosed quote or text after one
 */
function splitSecretEntries(text) {
    const out = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const start = i + 1;
        const lead = line.trimStart();
        if (!lead.trim() || lead.startsWith('#'))
            continue;
        if (!lead.startsWith('"')) {
            out.push({ text: line, line: start });
            continue;
        }
        // A quoted entry: scan for the closing quote, across lines.
        let body = '';
        let rest = lead.slice(1);
        let closed = false;
        for (;;) {
            const q = nextLoneQuote(rest);
            if (q >= 0) {
                body += rest.slice(0, q).replace(/""/g, '"');
                rest = rest.slice(q + 1);
                closed = true;
                break;
            }
            body += rest.replace(/""/g, '"');
            if (++i >= lines.length)
                break;
            body += '\n';
            rest = lines[i];
        }
        if (!closed) {
            throw new errors/* InputError */.d(`line ${start}: a quoted entry has no closing quote (its content is not shown: it may be a secret).`, {
                input: 'secrets',
                fix: 'close the entry with `"`, and double every `"` inside it ("id=a ""quoted"" value").',
            });
        }
        if (rest.trim()) {
            throw new errors/* InputError */.d(`line ${start}: text follows a quoted entry's closing quote (it is not shown: it may be a secret).`, {
                input: 'secrets',
                fix: 'double every `"` inside a quoted entry ("id=a ""quoted"" value"), one entry per line.',
            });
        }
        out.push({ text: body, line: start });
    }
    return out;
}
/** Index of the first `"` in `s` that is not part of a doubled `""`; -1 when there is none. */
function nextLoneQuote(s) {
    for (let i = 0; i < s.length; i++) {
        if (s[i] !== '"')
            continue;
        if (s[i + 1] === '"')
            i++;
        else
            return i;
    }
    return -1;
}
/**
 * Masks a secret value for the job log: the value, its trimmed form, and for a multi-line value
 * each line of four characters or more (the runner masks the log line by line, so a multi-line
 * value as a whole never matches; shorter lines, such as a JSON file's braces, would mask too much).
 */
function maskSecret(value, mask) {
    const seen = new Set();
    const add = (v) => {
        if (v && !seen.has(v)) {
            seen.add(v);
            mask(v);
        }
    };
    add(value);
    add(value.trim());
    if (/[\r\n]/.test(value))
        for (const line of value.split(/\r?\n/))
            if (line.trim().length >= 4)
                add(line.trim());
}
/**
 * Secrets for `--secret id=<id>,env=<VAR>` (values) and `--secret id=<id>,src=<file>` (files).
 * Every value is masked (maskSecret) before anything else can log it, and no error repeats a value,
 * a variable name (which may be a value given in its place) or an invalid id (which may be part of
 * one): errors name the input, the line and a valid id.
 *
 * @param inputs the three inputs
 * @param env the step's environment, for `secret-envs`
 * @param repoRoot the repository root: secret files must resolve inside it (symbolic links included)
 * @param mask `core.setSecret`
 */
function parseSecrets(inputs, env, repoRoot, mask) {
    const out = { secrets: [], env: {} };
    const ids = new Set();
    const add = (id, input, lineNo) => {
        if (!SECRET_ID.test(id)) {
            mask(id);
            throw new errors/* InputError */.d(`line ${lineNo}: the secret id is not valid (it is not shown: it may be part of a secret).`, { input, fix: 'use letters, digits, `_`, `.` and `-` for the id (id=value).' });
        }
        if (ids.has(id))
            throw new errors/* InputError */.d(`line ${lineNo}: the secret id '${id}' is given twice.`, { input });
        ids.add(id);
    };
    const entries = splitSecretEntries(inputs.secrets);
    // Every value is masked before any entry is checked: an error about one line must not be logged
    // while a later line's value is still unmasked.
    for (const { text } of entries) {
        const i = text.indexOf('=');
        maskSecret(i >= 0 ? text.slice(i + 1) : text, mask);
    }
    for (const { text, line } of entries) {
        const i = text.indexOf('=');
        const id = i > 0 ? text.slice(0, i).trim() : '';
        const value = i > 0 ? text.slice(i + 1) : '';
        if (!id) {
            throw new errors/* InputError */.d(`line ${line} is not id=value (its content is not shown: it may be a secret).`, {
                input: 'secrets',
                fix: 'write one id=value per line; quote a multi-line value as "id=value".',
            });
        }
        add(id, 'secrets', line);
        if (!value) {
            throw new errors/* InputError */.d(`the secret '${id}' has no value.`, {
                input: 'secrets',
                fix: 'check that the secret it comes from exists and is available to this workflow (forks get none).',
            });
        }
        const variable = `BKA_SECRET_${out.secrets.length}_${id.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
        out.secrets.push({ id, env: variable });
        out.env[variable] = value;
    }
    for (const line of inputs.secretEnvs) {
        const value = env[line.slice(line.indexOf('=') + 1).trim()];
        if (line.includes('=') && value)
            maskSecret(value, mask);
    }
    inputs.secretEnvs.forEach((line, n) => {
        const i = line.indexOf('=');
        const id = i > 0 ? line.slice(0, i).trim() : '';
        const name = i > 0 ? line.slice(i + 1).trim() : '';
        if (!id || !name) {
            mask(line);
            throw new errors/* InputError */.d(`line ${n + 1} is not id=ENV_NAME (its content is not shown: it may be a secret).`, {
                input: 'secret-envs',
                fix: "write one id=ENV_NAME per line, and set ENV_NAME in the step's env.",
            });
        }
        add(id, 'secret-envs', n + 1);
        const value = env[name];
        if (!value) {
            // The name may be a secret pasted in place of a variable's name: masked, never repeated.
            mask(name);
            throw new errors/* InputError */.d(`line ${n + 1}: the secret '${id}' reads a variable that is not set or is empty (its name is not shown: it may be a secret given in its place).`, {
                input: 'secret-envs',
                fix: "give the name of a variable set in the step's env (env: NAME: ${{ secrets.… }}), not the value.",
            });
        }
        out.secrets.push({ id, env: name });
    });
    (inputs.secretFiles ?? []).forEach((line, n) => {
        const i = line.indexOf('=');
        const id = i > 0 ? line.slice(0, i).trim() : '';
        const path = i > 0 ? line.slice(i + 1).trim() : '';
        if (!id || !path) {
            throw new errors/* InputError */.d(`line ${n + 1} is not id=path (its content is not shown).`, {
                input: 'secret-files',
                fix: 'write one id=path per line, the path relative to working-directory.',
            });
        }
        add(id, 'secret-files', n + 1);
        const real = resolveInsideRepo(repoRoot, path, 'secret-files');
        if (!real || !(0,external_node_fs_namespaceObject.statSync)(real).isFile()) {
            throw new errors/* InputError */.d(`line ${n + 1}: the secret '${id}' names '${path}', which ${real ? 'is not a file' : 'does not exist'}.`, {
                input: 'secret-files',
                fix: 'give a file inside the repository, relative to working-directory.',
            });
        }
        const content = (0,external_node_fs_namespaceObject.readFileSync)(real);
        if (!content.includes(0))
            maskSecret(content.toString('utf8'), mask);
        out.secrets.push({ id, src: real });
    });
    return out;
}
/**
 * Named build contexts (`name=value`). An image must be pinned by digest, so that `FROM name` uses
 * exactly the image an earlier wave built: `name=docker-image://repo@sha256:...` or
 * `name=repo@sha256:...`. A local directory (`./dir`, `../dir`, `/dir`, relative to the repository
 * root) must resolve inside the repository, symbolic links included; its real path is passed on.
 */
function parseContexts(lines, root) {
    return lines.map((line) => {
        const i = line.indexOf('=');
        const name = i > 0 ? line.slice(0, i).trim() : '';
        const value = i > 0 ? line.slice(i + 1).trim() : '';
        if (!name || !value || /\s/.test(name)) {
            throw new errors/* InputError */.d(`'${line}' is not name=value.`, {
                input: 'contexts',
                fix: 'write one name=docker-image://repo@sha256:<digest> (or name=./dir) per line.',
            });
        }
        if (value.startsWith('./') || value.startsWith('../') || (0,external_node_path_.isAbsolute)(value)) {
            // Inside the repository, symbolic links included; buildx gets the real path that was checked.
            const dir = resolveInsideRepo(root, value, 'contexts');
            if (!dir || !(0,external_node_fs_namespaceObject.statSync)(dir).isDirectory()) {
                throw new errors/* InputError */.d(`the context '${name}' names '${value}', which ${dir ? 'is not a directory' : 'does not exist'}.`, {
                    input: 'contexts',
                    fix: 'give a directory inside the repository, relative to working-directory.',
                });
            }
            return [name, dir];
        }
        const ref = value.replace(/^docker-image:\/\//, '');
        const parsed = parseReference(ref);
        if (!parsed || !parsed.digest) {
            throw new errors/* InputError */.d(`the context '${name}' names '${value}', which is not pinned by digest.`, {
                input: 'contexts',
                fix: `give the image built earlier as ${name}=docker-image://<repository>@sha256:<digest> (its \`image\` output).`,
            });
        }
        return [name, `docker-image://${ref}`];
    });
}
/**
 * The images a merge joins: `name@sha256:...`, or a bare `sha256:...` in `image`. Lines, commas and
 * spaces all separate entries (so a joined list of outputs works).
 */
function parseMergeSources(lines, image) {
    const items = lines.flatMap((l) => l.split(/[\s,]+/)).filter(Boolean);
    const out = items.map((item) => {
        if (DIGEST_RE.test(item))
            return pinned(image, item);
        const ref = parseReference(item);
        if (!ref?.digest) {
            throw new errors/* InputError */.d(`'${item}' is not a digest reference.`, {
                input: 'merge',
                fix: 'give each per-platform image as <repository>@sha256:<digest> or sha256:<digest> (the `image` or `digest` output of its build).',
            });
        }
        return ref.tag ? pinned(ref.name, ref.digest) : item;
    });
    return [...new Set(out)];
}

;// CONCATENATED MODULE: ./.build/shared/oci/base-annotations.js
/**
 * The OCI annotations that name the image an image was built from (image-spec annotations.md:
 * `org.opencontainers.image.base.name` and `.base.digest`), as build-service writes them and the
 * image policy's `base-allowlist` reads them.
 */

const BASE_NAME_ANNOTATION = 'org.opencontainers.image.base.name';
const BASE_DIGEST_ANNOTATION = 'org.opencontainers.image.base.digest';
/**
 * buildx `--annotation` values for the base `ref` (`name[:tag][@digest]`): the name (with its tag),
 * and the digest when the reference pins one, on the image manifest and, when the build makes an
 * index (several platforms, or attestations beside the image), on the index too. BuildKit refuses
 * `index:` annotations on a single-platform export without one ("index annotations not supported
 * for single platform export"). Pure.
 */
function baseAnnotations(ref, index) {
    const r = parseReference(ref);
    if (!r)
        return [];
    const values = [
        [BASE_NAME_ANNOTATION, r.tag ? `${r.name}:${r.tag}` : r.name],
        ...(r.digest ? [[BASE_DIGEST_ANNOTATION, r.digest]] : []),
    ];
    return (index ? ['manifest', 'index'] : ['manifest']).flatMap((level) => values.map(([k, v]) => `${level}:${k}=${v}`));
}

;// CONCATENATED MODULE: ./.build/shared/dockerfile/target-base.js
const IMAGE_CONTEXT = 'docker-image://';
/**
 * The target stage's base image as the Dockerfile names it (`name[:tag][@digest]`); undefined for
 * `FROM scratch`, a base that cannot be known without building (an ARG with no value, a platform
 * ARG that differs between the target platforms, a named context that is not an image), or a
 * target that is not a stage.
 */
function targetBase(a, opts = {}) {
    const bases = new Set(a.runs.map((stages) => baseOf(stages, opts)));
    // One base for every platform, or none that can be named for the image as a whole.
    return bases.size === 1 ? [...bases][0] : undefined;
}
function baseOf(stages, opts) {
    let stage = opts.target
        ? stages.find((s) => s.name === opts.target.toLowerCase())
        : stages[stages.length - 1];
    // A FROM names an earlier stage only, so the chain ends.
    while (stage?.from.kind === 'stage')
        stage = stages[stage.from.index];
    const from = stage?.from;
    // An empty name (an undeclared ARG) is BuildKit's error, not a base.
    if (from?.kind === 'image')
        return from.name || undefined;
    if (from?.kind !== 'named')
        return undefined;
    const context = opts.contexts?.find(([name]) => name === from.name)?.[1];
    return context?.startsWith(IMAGE_CONTEXT) ? context.slice(IMAGE_CONTEXT.length) : undefined;
}

;// CONCATENATED MODULE: ./.build/shared/github/event-file.js
/**
 * Reads the event payload the runner wrote to `GITHUB_EVENT_PATH`. Every action reads it here, so a
 * missing or unreadable file fails the same way everywhere instead of passing for an empty event.
 */


/**
 * The payload at `env.GITHUB_EVENT_PATH`, parsed.
 *
 * @returns `{}` when the variable is unset or empty (an action run from a terminal has no event)
 * @throws InputError naming GITHUB_EVENT_PATH when it is set but the file is missing, unreadable or
 *   not JSON: the runner always writes it, so anything else is a broken environment, and planning
 *   from an empty event would silently pick the wrong revisions
 */
function readEventPayload(env = process.env) {
    const path = env['GITHUB_EVENT_PATH'];
    if (!path)
        return {};
    let text;
    try {
        text = (0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8');
    }
    catch (err) {
        const code = err.code;
        const why = code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? err.message})`;
        throw new errors/* InputError */.d(`GITHUB_EVENT_PATH names '${path}', which ${why}.`, {
            fix: 'run the action on a GitHub runner, which writes the event file, or unset GITHUB_EVENT_PATH (and GITHUB_EVENT_NAME) when running it from a terminal.',
        });
    }
    try {
        return JSON.parse(text);
    }
    catch (err) {
        throw new errors/* InputError */.d(`GITHUB_EVENT_PATH names '${path}', which is not JSON: ${err.message}.`, {
            fix: 'point GITHUB_EVENT_PATH at the event payload as the runner writes it (a JSON object), or unset it.',
        });
    }
}

;// CONCATENATED MODULE: ./.build/shared/github/context.js
/**
 * The GitHub context every action reads: the event payload and the runner's `GITHUB_*` variables, in
 * one place. It stands in for `@actions/github`'s `context`, which reads the event file when it is
 * imported and logs a missing one as a warning; here a missing or corrupt event file is an error
 * (./event-file.ts), and the environment is passed in so tests need no process globals.
 */

/** The context from `GITHUB_*` variables alone, with `payload` as given. Pure. */
function context_githubContext(env, payload = {}) {
    const v = (name) => env[name] ?? '';
    return {
        eventName: v('GITHUB_EVENT_NAME'),
        payload,
        repository: v('GITHUB_REPOSITORY'),
        sha: v('GITHUB_SHA'),
        ref: v('GITHUB_REF'),
        headRef: v('GITHUB_HEAD_REF'),
        serverUrl: (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, ''),
        apiUrl: v('GITHUB_API_URL'),
        runId: v('GITHUB_RUN_ID'),
        runAttempt: env['GITHUB_RUN_ATTEMPT'] || '1',
        workspace: v('GITHUB_WORKSPACE'),
        workflowRef: v('GITHUB_WORKFLOW_REF'),
        workflowSha: v('GITHUB_WORKFLOW_SHA'),
    };
}
/**
 * The context of the running workflow: the variables and the event file.
 *
 * @throws InputError naming GITHUB_EVENT_PATH when it is set but the file is missing or not JSON
 */
function readGitHubContext(env = process.env) {
    return context_githubContext(env, readEventPayload(env));
}
/** The workflow run's page, `<server>/<owner>/<repo>/actions/runs/<id>/attempts/<n>`. */
function runUrl(ctx) {
    return `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}/attempts/${ctx.runAttempt}`;
}

;// CONCATENATED MODULE: ./.build/shared/build/tags.js
/**
 * Image tags and OCI labels from the event that started the workflow. Pure: the caller reads the
 * workflow's context (shared/github/context.ts) into a `GitContext` (see `gitContextOf`).
 *
 * The conventions follow docker/metadata-action's defaults, which most registries' retention rules
 * and deploy tools already expect: `sha-<7>` for every build, the branch name for a push, `pr-<n>`
 * for a pull request, and for a semver git tag `X.Y.Z`, `X.Y`, `X` (not for major 0) and `latest`
 * (not for a prerelease). https://github.com/docker/metadata-action#tags-input
 */



/** Reads the runner's `GITHUB_*` variables and the event payload into a `GitContext`. */
function gitContextFromEnv(env, payload, defaultBranch) {
    return gitContextOf(githubContext(env, payload), defaultBranch);
}
/** The build's `GitContext` from the workflow's (shared/github/context.ts). */
function gitContextOf(ctx, defaultBranch) {
    const p = (ctx.payload && typeof ctx.payload === 'object' ? ctx.payload : {});
    const pr = p['pull_request'];
    const repo = p['repository'];
    const ref = ctx.ref;
    const prFromRef = /^refs\/pull\/(\d+)\//.exec(ref)?.[1];
    const branch = ctx.headRef || pr?.head?.ref || (ref.startsWith('refs/heads/') ? ref.slice(11) : '');
    const license = repo?.license?.spdx_id;
    return {
        eventName: ctx.eventName,
        ref,
        sha: pr?.head?.sha || ctx.sha,
        branch,
        ...((pr?.number ?? prFromRef) !== undefined && { prNumber: Number(pr?.number ?? prFromRef) }),
        repository: ctx.repository,
        serverUrl: ctx.serverUrl,
        defaultBranch: defaultBranch || repo?.default_branch || 'main',
        ...(repo?.description && { description: repo.description }),
        ...(license && license !== 'NOASSERTION' && { license }),
    };
}
const SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-.]+)?$/;
/** The version a git tag names (`v1.2.3` → `1.2.3`), or undefined when the ref is no semver tag. */
function semverOf(ref) {
    if (!ref.startsWith('refs/tags/'))
        return undefined;
    const m = SEMVER.exec(ref.slice(10));
    if (!m)
        return undefined;
    const [, major, minor, patch, pre] = m;
    return {
        version: `${major}.${minor}.${patch}${pre ? `-${pre}` : ''}`,
        major,
        minor: `${major}.${minor}`,
        pre: pre !== undefined,
    };
}
/**
 * Conventional tags (bare, without repository) for the build in `ctx`. A `dev` variant's tags get a
 * `-dev` suffix so that both variants of a service can be pushed to one repository.
 */
function conventionalTags(ctx, variant) {
    const tags = [];
    if (/^[0-9a-f]{7,}$/.test(ctx.sha))
        tags.push(`sha-${ctx.sha.slice(0, 7)}`);
    const semver = semverOf(ctx.ref);
    if (ctx.prNumber !== undefined && ctx.eventName.startsWith('pull_request')) {
        tags.push(`pr-${ctx.prNumber}`);
    }
    else if (semver) {
        tags.push(semver.version);
        if (!semver.pre) {
            tags.push(semver.minor);
            if (semver.major !== '0')
                tags.push(semver.major);
            tags.push('latest');
        }
    }
    else if (ctx.ref.startsWith('refs/tags/')) {
        tags.push(slug(ctx.ref.slice(10)));
    }
    else if (ctx.branch) {
        tags.push(slug(ctx.branch));
    }
    const suffix = variant === 'dev' ? '-dev' : '';
    return unique(tags.filter(Boolean).map((t) => (suffix ? `${t.slice(0, 128 - suffix.length)}${suffix}` : t)));
}
/**
 * Full references for `image`: bare tags from the input and the conventions are joined to the
 * repository; an input that already names a repository (`ghcr.io/acme/x:1`) is kept as it is. With
 * `platformSuffix` (`linux/arm64`) every tag gets `-linux-arm64` appended, so per-platform jobs
 * cannot overwrite one another's tags.
 *
 * @throws InputError for a tag that is not a valid tag or reference.
 */
function resolveTags(image, inputTags, conventional, platformSuffix) {
    const suffix = platformSuffix ? `-${slug(platformSuffix.replace(/\//g, '-'))}` : '';
    const out = [];
    for (const raw of [...inputTags, ...conventional]) {
        let name = image;
        let tag = raw;
        if (raw.includes('/') || raw.includes('@')) {
            const ref = parseReference(raw);
            if (!ref || ref.digest || !ref.tag) {
                throw new errors/* InputError */.d(`'${raw}' is not a tag or a repository:tag reference.`, {
                    input: 'tags',
                    fix: 'give bare tags (v1, latest) or full references without a digest (ghcr.io/acme/api:v1).',
                });
            }
            name = ref.name;
            tag = ref.tag;
        }
        else if (!image) {
            throw new errors/* InputError */.d(`'${raw}' is a bare tag, and there is no image to tag.`, {
                input: 'tags',
                fix: 'set `image`, or give full references (ghcr.io/acme/api:v1).',
            });
        }
        else if (raw.includes(':')) {
            throw new errors/* InputError */.d(`'${raw}' is not a tag.`, {
                input: 'tags',
                fix: 'give bare tags (v1, latest) or full references with a registry path (ghcr.io/acme/api:v1).',
            });
        }
        if (suffix)
            tag = `${tag.slice(0, 128 - suffix.length)}${suffix}`;
        if (!TAG_RE.test(tag)) {
            throw new errors/* InputError */.d(`'${tag}' is not a valid tag.`, {
                input: 'tags',
                fix: 'use up to 128 letters, digits, `_`, `.` and `-`, not starting with `.` or `-`.',
            });
        }
        out.push(`${name}:${tag}`);
    }
    return unique(out);
}
/**
 * OCI annotations as image labels (https://github.com/opencontainers/image-spec/blob/main/annotations.md),
 * filled from the repository and the commit. `created` is the commit time when known, so that two
 * builds of one commit can produce the same image.
 */
function ociLabels(ctx, opts) {
    const url = ctx.repository ? `${ctx.serverUrl}/${ctx.repository}` : '';
    const semver = semverOf(ctx.ref);
    const version = opts.version ??
        (semver?.version ||
            (ctx.prNumber !== undefined && ctx.eventName.startsWith('pull_request') ? `pr-${ctx.prNumber}` : '') ||
            (ctx.ref.startsWith('refs/tags/') ? ctx.ref.slice(10) : slug(ctx.branch)));
    const labels = {
        'org.opencontainers.image.title': opts.title,
        'org.opencontainers.image.source': url,
        'org.opencontainers.image.url': url,
        'org.opencontainers.image.revision': ctx.sha,
        'org.opencontainers.image.version': version,
        'org.opencontainers.image.created': opts.created ?? '',
        'org.opencontainers.image.description': ctx.description ?? '',
        'org.opencontainers.image.licenses': ctx.license ?? '',
    };
    return Object.fromEntries(Object.entries(labels).filter(([, v]) => v !== ''));
}
function unique(list) {
    return [...new Set(list)];
}

;// CONCATENATED MODULE: ./.build/shared/runtime/inputs.js
/**
 * Typed input readers. They read `INPUT_<NAME>` as the runner sets it, so one action can be driven
 * by the runner, by a test's child process or from a terminal. Every failure is an InputError that
 * names the input, the value and the accepted form.
 */




/** A trimmed string input; '' when unset. */
function getString(name, opts = {}) {
    const value = getInput(name).trim();
    if (opts.required && !value) {
        throw new errors/* InputError */.d('is required and was not supplied.', { input: name, fix: `set \`${name}\`.` });
    }
    return value;
}
/** A newline-separated list; blank lines and `#` comments are dropped. */
function getList(name) {
    return getInput(name)
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'));
}
/** A YAML 1.2 core-schema boolean, as `core.getBooleanInput` accepts, with a default when unset. */
function getBool(name, fallback) {
    const raw = getInput(name).trim();
    if (!raw)
        return fallback;
    if (['true', 'True', 'TRUE'].includes(raw))
        return true;
    if (['false', 'False', 'FALSE'].includes(raw))
        return false;
    throw new errors/* InputError */.d(`'${raw}' is not a boolean.`, { input: name, fix: 'use true or false.' });
}
// Decimal digits with an optional sign: `Number()` alone would also take `0x10`, `1e2`, `1.0`,
// `0b1` and `Infinity`, none of which a user writing a count means.
const DECIMAL_INT = /^[+-]?[0-9]+$/;
/** A decimal integer within [min, max], with a default when unset. */
function getInt(name, fallback, min, max) {
    const raw = getInput(name).trim();
    if (!raw)
        return fallback;
    const fix = `use a whole number from ${min} to ${max}, in decimal digits.`;
    if (!DECIMAL_INT.test(raw))
        throw new errors/* InputError */.d(`'${raw}' is not a decimal integer.`, { input: name, fix });
    const n = Number(raw);
    if (n < min || n > max)
        throw new errors/* InputError */.d(`'${raw}' is out of range.`, { input: name, fix });
    return n;
}
/**
 * A directory input (`working-directory`), resolved against `base` (the workspace); '.' when unset.
 * It must exist and be a directory: a typo would otherwise plan nothing, or fail later in git with
 * `spawn git ENOENT`.
 */
function getDirectory(name, base) {
    const raw = getString(name) || '.';
    const dir = (0,external_node_path_.resolve)(base, raw);
    let stat;
    try {
        stat = (0,external_node_fs_namespaceObject.statSync)(dir);
    }
    catch {
        stat = undefined; // missing, or a path through a file (ENOTDIR)
    }
    if (!stat?.isDirectory()) {
        throw new errors/* InputError */.d(`'${raw}' ${stat ? 'is not a directory' : 'does not exist'} (${dir}).`, {
            input: name,
            fix: 'give a directory of the checkout, relative to the workspace (GITHUB_WORKSPACE).',
        });
    }
    return dir;
}
/** One of a fixed set of values, with a default when unset. */
function getEnum(name, allowed, fallback) {
    const raw = core.getInput(name).trim();
    if (!raw)
        return fallback;
    if (!allowed.includes(raw)) {
        throw new InputError(`'${raw}' is not accepted.`, {
            input: name,
            fix: `use one of: ${allowed.join(', ')}.`,
        });
    }
    return raw;
}

;// CONCATENATED MODULE: ./.build/shared/contracts/matrix-entry.validate.js
// @ts-nocheck
/* eslint-disable */
// Generated by scripts/contract-schemas.ts from shared/contracts/matrix-entry.schema.ts.
// Do not edit: run `npm run build`.
const matrix_entry_validate_validate = (/* unused pure expression or super */ null && (matrix_entry_validate_validate20));
/* harmony default export */ const matrix_entry_validate = (matrix_entry_validate_validate20);
const matrix_entry_validate_schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://github.com/buildkit-actions/buildkit-actions/docs/schemas/matrix-entry.schema.json", "title": "buildkit-actions matrix entry", "description": "One entry of plan-matrix's `matrix` (and `waves`) output, as build-service's `entry` input reads it. See docs/contracts.md.", "type": "object", "properties": { "version": { "type": "integer", "minimum": 1, "description": "Major version of this contract; absent means 1. A reader refuses a major it does not know." }, "service": { "type": "string", "description": "Unique plan key: the Compose service name, or name@<compose-file-slug> when two builds share a name." }, "name": { "type": "string", "description": "The Compose service name." }, "compose-file": { "type": "string", "description": "The Compose file that defines the service, repository-relative." }, "context": { "type": "string", "description": "Build context, repository-relative POSIX path." }, "dockerfile": { "type": "string", "description": "Dockerfile, repository-relative POSIX path; empty for <context>/Dockerfile." }, "target": { "type": "string", "description": "Dockerfile stage built without a variant; empty for the last stage." }, "targets": { "type": "object", "description": "Dockerfile stages of the dev and prod variants.", "properties": { "dev": { "type": "string", "description": "Stage of the dev variant." }, "prod": { "type": "string", "description": "Stage of the prod variant." } } }, "platforms": { "type": "string", "description": "Comma-separated platforms (linux/amd64,linux/arm64); empty for the builder’s own." }, "depends_on": { "type": "array", "items": { "type": "string" }, "description": "Plan keys of the dependencies rebuilt in the same plan (earlier waves)." }, "wave": { "type": "integer", "minimum": 0, "description": "Dependency wave, from 0." }, "image": { "type": "string", "description": "Image repository to push, without tag." }, "cache-scope": { "type": "string", "description": "Shared cache scope of the stack the service belongs to." }, "bases": { "type": "object", "additionalProperties": { "type": "string" }, "description": "Optional. The base image of each planned target, keyed by stage as target and targets name it ('' for the last stage); '' for none (FROM scratch, or known only at build time). As built from the entry alone: absent when the service has build args, named contexts or an inline Dockerfile." } } };
function matrix_entry_validate_validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    /*# sourceURL="https://github.com/buildkit-actions/buildkit-actions/docs/schemas/matrix-entry.schema.json" */ ;
    let vErrors = null;
    let errors = 0;
    const evaluated0 = matrix_entry_validate_validate20.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.version !== undefined) {
            let data0 = data.version;
            if (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) {
                const err0 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
            if ((typeof data0 == "number") && (isFinite(data0))) {
                if (data0 < 1 || isNaN(data0)) {
                    const err1 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                    if (vErrors === null) {
                        vErrors = [err1];
                    }
                    else {
                        vErrors.push(err1);
                    }
                    errors++;
                }
            }
        }
        if (data.service !== undefined) {
            if (typeof data.service !== "string") {
                const err2 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.name !== undefined) {
            if (typeof data.name !== "string") {
                const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data["compose-file"] !== undefined) {
            if (typeof data["compose-file"] !== "string") {
                const err4 = { instancePath: instancePath + "/compose-file", schemaPath: "#/properties/compose-file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.context !== undefined) {
            if (typeof data.context !== "string") {
                const err5 = { instancePath: instancePath + "/context", schemaPath: "#/properties/context/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.dockerfile !== undefined) {
            if (typeof data.dockerfile !== "string") {
                const err6 = { instancePath: instancePath + "/dockerfile", schemaPath: "#/properties/dockerfile/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.target !== undefined) {
            if (typeof data.target !== "string") {
                const err7 = { instancePath: instancePath + "/target", schemaPath: "#/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        if (data.targets !== undefined) {
            let data7 = data.targets;
            if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                if (data7.dev !== undefined) {
                    if (typeof data7.dev !== "string") {
                        const err8 = { instancePath: instancePath + "/targets/dev", schemaPath: "#/properties/targets/properties/dev/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err8];
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                }
                if (data7.prod !== undefined) {
                    if (typeof data7.prod !== "string") {
                        const err9 = { instancePath: instancePath + "/targets/prod", schemaPath: "#/properties/targets/properties/prod/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err9];
                        }
                        else {
                            vErrors.push(err9);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err10 = { instancePath: instancePath + "/targets", schemaPath: "#/properties/targets/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.platforms !== undefined) {
            if (typeof data.platforms !== "string") {
                const err11 = { instancePath: instancePath + "/platforms", schemaPath: "#/properties/platforms/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        if (data.depends_on !== undefined) {
            let data11 = data.depends_on;
            if (Array.isArray(data11)) {
                const len0 = data11.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    if (typeof data11[i0] !== "string") {
                        const err12 = { instancePath: instancePath + "/depends_on/" + i0, schemaPath: "#/properties/depends_on/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err13 = { instancePath: instancePath + "/depends_on", schemaPath: "#/properties/depends_on/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.wave !== undefined) {
            let data13 = data.wave;
            if (!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))) {
                const err14 = { instancePath: instancePath + "/wave", schemaPath: "#/properties/wave/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
            if ((typeof data13 == "number") && (isFinite(data13))) {
                if (data13 < 0 || isNaN(data13)) {
                    const err15 = { instancePath: instancePath + "/wave", schemaPath: "#/properties/wave/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    if (vErrors === null) {
                        vErrors = [err15];
                    }
                    else {
                        vErrors.push(err15);
                    }
                    errors++;
                }
            }
        }
        if (data.image !== undefined) {
            if (typeof data.image !== "string") {
                const err16 = { instancePath: instancePath + "/image", schemaPath: "#/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
        }
        if (data["cache-scope"] !== undefined) {
            if (typeof data["cache-scope"] !== "string") {
                const err17 = { instancePath: instancePath + "/cache-scope", schemaPath: "#/properties/cache-scope/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
        }
        if (data.bases !== undefined) {
            let data16 = data.bases;
            if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                for (const key0 in data16) {
                    if (typeof data16[key0] !== "string") {
                        const err18 = { instancePath: instancePath + "/bases/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/bases/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err18];
                        }
                        else {
                            vErrors.push(err18);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err19 = { instancePath: instancePath + "/bases", schemaPath: "#/properties/bases/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
        }
    }
    else {
        const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err20];
        }
        else {
            vErrors.push(err20);
        }
        errors++;
    }
    matrix_entry_validate_validate20.errors = vErrors;
    return errors === 0;
}
matrix_entry_validate_validate20.evaluated = { "props": { "version": true, "service": true, "name": true, "compose-file": true, "context": true, "dockerfile": true, "target": true, "targets": true, "platforms": true, "depends_on": true, "wave": true, "image": true, "cache-scope": true, "bases": true }, "dynamicProps": false, "dynamicItems": false };

;// CONCATENATED MODULE: ./.build/shared/contracts/matrix-entry.js
/**
 * The matrix entry: what plan-matrix hands build-service, one per planned service (its `matrix` and
 * `waves` outputs; build-service's `entry` input). Schema: ./matrix-entry.schema.ts, published as
 * docs/schemas/matrix-entry.schema.json; fields and version policy: docs/contracts.md.
 */



/** The major version plan-matrix writes. An entry without `version` is version 1 (written before it). */
const MATRIX_ENTRY_VERSION = 1;
/**
 * Reads an entry as an action input gives it (`toJSON(matrix)`). Every field is optional, since the
 * action's other inputs override each one; unknown fields (the workflow's own matrix dimensions) are
 * ignored.
 *
 * @param raw the input's text; empty gives `{}`
 * @param input the input's name, for the errors
 * @throws InputError naming the input and, for a schema problem, the field's path
 */
function parseMatrixEntry(raw, input = 'entry') {
    if (!raw)
        return {};
    let value;
    try {
        value = JSON.parse(raw);
    }
    catch (err) {
        throw new errors/* InputError */.d(`is not JSON: ${err.message}.`, {
            input,
            fix: 'pass one plan-matrix entry, e.g. entry: ${{ toJSON(matrix) }}.',
        });
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
        throw new errors/* InputError */.d('is not a JSON object.', {
            input,
            fix: 'pass one entry of the matrix’s include list.',
        });
    }
    const version = versionProblem(value, MATRIX_ENTRY_VERSION, 1);
    if (version) {
        throw new errors/* InputError */.d(`the plan-matrix entry cannot be read: ${version}.`, {
            input,
            fix: 'use plan-matrix and build-service from the same release (the same @vN), or upgrade build-service.',
        });
    }
    const problems = schemaProblems(value, matrix_entry_validate);
    if (problems.length) {
        throw new errors/* InputError */.d(`${problems.join('; ')}.`, {
            input,
            fix: 'pass the entry as plan-matrix emits it (docs/schemas/matrix-entry.schema.json).',
        });
    }
    return value;
}

;// CONCATENATED MODULE: ./.build/actions/build-service/inputs.js

















const inputs_VARIANTS = ['dev', 'prod'];
/**
 * Reads and validates every input before the first side effect. Secrets are read and masked before
 * the other inputs, so no error or log line can show one unmasked. Throws InputError naming the
 * input, the value (never a secret's) and the fix.
 */
async function getInputs(env = process.env) {
    const workspace = env['GITHUB_WORKSPACE'] || process.cwd();
    const root = getDirectory('working-directory', workspace);
    // Secrets first: every value is masked before any other input can fail and log a line.
    const secrets = parseSecrets({
        // Untrimmed: spaces around a value are part of the secret.
        secrets: getInput('secrets', { trimWhitespace: false }),
        secretEnvs: getList('secret-envs'),
        secretFiles: getList('secret-files'),
    }, env, root, core_setSecret);
    const entry = parseMatrixEntry(getString('entry'), 'entry');
    const service = getString('service') || entry.service || '';
    if (!service) {
        throw new errors/* InputError */.d('no service to build.', {
            input: 'service',
            fix: 'set `entry` (a plan-matrix entry) or `service`.',
        });
    }
    const variant = getString('variant');
    if (variant && !inputs_VARIANTS.includes(variant)) {
        throw new errors/* InputError */.d(`'${variant}' is not a variant.`, {
            input: 'variant',
            fix: 'use dev or prod, or leave it empty.',
        });
    }
    const image = getString('image') || entry.image || '';
    if (image && !isRepository(image)) {
        throw new errors/* InputError */.d(`'${image}' is not an image repository.`, {
            input: 'image',
            fix: 'give a lower-case repository without tag or digest, e.g. ghcr.io/acme/api.',
        });
    }
    const push = getBool('push', true);
    const mergeLines = getList('merge');
    const merging = mergeLines.length > 0;
    if ((push || merging) && !image) {
        throw new errors/* InputError */.d('an image repository is needed to push.', {
            input: 'image',
            fix: 'set `image` (or the entry’s image), or set push to false.',
        });
    }
    const github = readGitHubContext(env);
    const git = gitContextOf(github, getString('default-branch') || undefined);
    const platforms = (getString('platforms') || entry.platforms || '').split(/[\s,]+/).filter(Boolean);
    for (const p of platforms) {
        const problem = platformProblem(p);
        if (problem)
            throw new errors/* InputError */.d(`${problem}.`, { input: 'platforms', fix: PLATFORM_FIX });
    }
    const platformSuffix = getBool('platform-suffix', false);
    if (platformSuffix && platforms.length !== 1) {
        throw new errors/* InputError */.d(`platform-suffix needs exactly one platform, not ${platforms.length}.`, {
            input: 'platform-suffix',
            fix: 'build one platform per job (platforms: linux/arm64) or turn platform-suffix off.',
        });
    }
    const pushByDigest = getBool('push-by-digest', false);
    const conventional = getBool('conventional-tags', true) ? conventionalTags(git, variant) : [];
    const retries = getInt('retries', 3, 0, 10);
    const builder = getString('builder') || undefined;
    const resultDir = (0,external_node_path_.join)(env['RUNNER_TEMP'] || (0,external_node_os_namespaceObject.tmpdir)(), 'buildkit-actions', 'build-service');
    const resultName = [
        slug(service),
        variant,
        platformSuffix || pushByDigest ? platforms[0]?.replace(/\//g, '-') : '',
        merging ? 'merge' : '',
    ]
        .filter(Boolean)
        .join('-');
    const resultFile = (0,external_node_path_.join)(resultDir, `${resultName}.json`);
    if (merging) {
        const sources = parseMergeSources(mergeLines, image);
        const tags = resolveTags(image, getList('tags'), conventional);
        if (!tags.length) {
            throw new errors/* InputError */.d('a merge needs at least one tag to push the manifest list as.', {
                input: 'tags',
                fix: 'set `tags`, or leave conventional-tags on.',
            });
        }
        return {
            mode: 'merge',
            resultFile,
            request: { service, variant: variant || undefined, image, sources, tags, retries, builder },
        };
    }
    // Both inside the repository, symbolic links included (buildx follows them); read through the
    // real path that was checked.
    const context = getString('context') || entry.context || '.';
    const contextDir = resolveInsideRepo(root, context, 'context');
    if (!contextDir || !(0,external_node_fs_namespaceObject.statSync)(contextDir).isDirectory()) {
        throw new errors/* InputError */.d(`the build context '${context}' is not a directory under ${root}.`, {
            input: 'context',
            fix: 'give a path relative to working-directory.',
        });
    }
    const dockerfile = getString('dockerfile') || entry.dockerfile || (0,external_node_path_.join)(context, 'Dockerfile');
    const dockerfileReal = resolveInsideRepo(root, dockerfile, 'dockerfile');
    if (!dockerfileReal || !(0,external_node_fs_namespaceObject.statSync)(dockerfileReal).isFile()) {
        throw new errors/* InputError */.d(`the Dockerfile '${dockerfile}' does not exist under ${root}.`, {
            input: 'dockerfile',
            fix: 'give a path relative to working-directory (default: <context>/Dockerfile).',
        });
    }
    const dockerfilePath = (0,external_node_path_.resolve)(root, dockerfile);
    const dockerfileText = (0,external_node_fs_namespaceObject.readFileSync)(dockerfileReal, 'utf8');
    const target = resolveTarget(getString('target'), variant, entry, service);
    const buildArgs = parseKeyValues(getList('build-args'), 'build-args');
    const contexts = parseContexts(getList('contexts'), root);
    const extraLabels = parseKeyValues(getList('labels'), 'labels');
    const inputTags = getList('tags');
    let tags = resolveTags(image, inputTags, image ? conventional : [], platformSuffix ? platforms[0] : undefined);
    // Per-platform jobs push by digest; unsuffixed tags belong to the merge that joins them. Where
    // the builder cannot push by digest, platform-suffixed tags stand in (see shared/build/service.ts).
    let digestFallbackTags = [];
    if (pushByDigest && !platformSuffix) {
        tags = [];
        digestFallbackTags = resolveTags(image, inputTags, conventional, platforms.join(',') || 'native');
    }
    const scopes = cacheScopes({
        service,
        stack: entry['cache-scope'] || undefined,
        variant: variant || undefined,
        branch: git.branch,
        defaultBranch: git.defaultBranch,
    });
    // Empty means the default (the runner always sets it); `none` turns caching off.
    const cacheLines = getList('cache');
    const backends = parseBackends(cacheLines.length ? cacheLines : ['registry']);
    const cacheRef = getString('cache-ref') || (image ? defaultCacheRef(image) : '');
    const usable = backends.filter((b) => b !== 'registry' || cacheRef);
    const cache = planCache({
        backends: usable,
        scopes,
        stack: entry['cache-scope'] || undefined,
        cacheRef: cacheRef || undefined,
        localDir: (0,external_node_path_.resolve)(workspace, getString('cache-dir') || (0,external_node_path_.join)(env['RUNNER_TEMP'] || (0,external_node_os_namespaceObject.tmpdir)(), 'buildx-cache')),
    });
    if (usable.length < backends.length)
        cache.describe.push('registry cache skipped: no image and no cache-ref');
    const labels = {
        ...ociLabels(git, { title: entry.name || service, created: await commitTime(root, git.sha, env) }),
        ...Object.fromEntries(extraLabels),
    };
    const insecureRegistry = getBool('insecure-registry', false);
    const prov = provenance(github);
    const base = await baseImage(entry, {
        text: dockerfileText,
        dockerfile,
        target,
        buildArgs,
        contexts,
        platforms,
    });
    const metadataFile = (0,external_node_path_.join)(resultDir, `${resultName}.metadata-${process.pid}.json`);
    return {
        mode: 'build',
        resultFile,
        request: {
            service,
            variant: variant || undefined,
            target,
            base,
            image,
            tags,
            push,
            pushByDigest,
            digestFallbackTags,
            insecureRegistry,
            cache,
            dockerfilePath: relativePath(workspace, dockerfilePath),
            dockerfileText,
            retries,
            cwd: root,
            secretEnv: secrets.env,
            build: {
                builder,
                context,
                dockerfile,
                target,
                platforms,
                buildArgs,
                secrets: secrets.secrets,
                contexts,
                labels,
                annotations: base ? baseAnnotations(base, platforms.length > 1 || prov !== 'false') : [],
                provenance: prov,
                metadataFile,
            },
        },
    };
}
/**
 * The target stage's base image. plan-matrix read the Dockerfile already: the entry's `bases` hold
 * it per target, as built from the entry alone, so it is taken when no input changes what FROM
 * resolves to (another Dockerfile or platforms, build args, named contexts). Otherwise the Dockerfile
 * model's, the parser loaded only then.
 */
async function baseImage(entry, b) {
    const asPlanned = b.dockerfile === (entry.dockerfile || (0,external_node_path_.join)(entry.context || '.', 'Dockerfile')) &&
        b.platforms.join(',') ===
            (entry.platforms ?? '')
                .split(/[\s,]+/)
                .filter(Boolean)
                .join(',') &&
        !b.buildArgs.length &&
        !b.contexts.length;
    const planned = asPlanned ? entry.bases?.[b.target ?? ''] : undefined;
    if (planned !== undefined)
        return planned || undefined;
    const { analyzeDockerfile } = await Promise.all(/* import() */[__nccwpck_require__.e(839), __nccwpck_require__.e(260)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9260));
    try {
        const analysis = analyzeDockerfile(b.text, {
            file: b.dockerfile,
            buildArgs: Object.fromEntries(b.buildArgs),
            namedContexts: new Set(b.contexts.map(([name]) => name)),
            platforms: b.platforms,
        });
        return targetBase(analysis, { target: b.target, contexts: b.contexts });
    }
    catch (err) {
        // A Dockerfile without FROM: buildx reports it, at its line.
        if (err instanceof errors/* InputError */.d)
            return undefined;
        throw err;
    }
}
/** The Dockerfile stage: the `target` input, else the variant's target, else the entry's. */
function resolveTarget(input, variant, entry, service) {
    if (input)
        return input;
    if (variant) {
        const t = entry.targets?.[variant];
        if (t)
            return t;
        if (variant === 'prod' && entry.target)
            return entry.target;
        throw new errors/* InputError */.d(`service '${service}' has no ${variant} target.`, {
            input: 'variant',
            fix: `set targets.${variant} for it in the plan manifest, or give \`target\`.`,
        });
    }
    return entry.target || undefined;
}
/**
 * `--provenance`: false unless asked. `true`, or attributes without a builder id, get the workflow
 * run's URL as builder id, as build-push-action does (actions-toolkit `Build.getProvenanceInput`).
 */
function provenance(github) {
    const raw = getString('provenance');
    if (!raw || /^false$/i.test(raw))
        return 'false';
    if (/^true$/i.test(raw))
        return `builder-id=${runUrl(github)}`;
    return /(^|,)\s*builder-id=/.test(raw) ? raw : `${raw},builder-id=${runUrl(github)}`;
}
/** The commit's time (RFC 3339) for the `created` label: SOURCE_DATE_EPOCH, else git, else none. */
async function commitTime(root, sha, env) {
    const epoch = Number(env['SOURCE_DATE_EPOCH']);
    if (env['SOURCE_DATE_EPOCH'] && Number.isFinite(epoch))
        return new Date(epoch * 1000).toISOString();
    if (!/^[0-9a-f]{40,64}$/.test(sha))
        return undefined;
    const r = await execTool('git', ['show', '-s', '--format=%cI', sha], {
        cwd: root,
        allowFailure: true,
    }).catch(() => undefined);
    const t = r?.code === 0 ? r.stdout.trim() : '';
    return t ? new Date(t).toISOString() : undefined;
}
function relativePath(from, to) {
    const rel = to.startsWith(from + '/') ? to.slice(from.length + 1) : to;
    return rel.replace(/\\/g, '/');
}

;// CONCATENATED MODULE: ./.build/actions/build-service/main.js













async function main() {
    const inputs = await getInputs();
    const deps = { ...actionDeps(nodeFetch), buildx: findBuildxPlugin() };
    const result = inputs.mode === 'merge'
        ? await mergeService(inputs.request, deps)
        : await buildService(inputs.request, deps);
    (0,external_node_fs_namespaceObject.mkdirSync)((0,external_node_path_.dirname)(inputs.resultFile), { recursive: true });
    (0,external_node_fs_namespaceObject.writeFileSync)(inputs.resultFile, buildResultText(result));
    new Outputs()
        .set('digest', result.digest)
        .set('image', result.ref)
        .set('tags', result.tags.join('\n'))
        .set('metadata', result.metadata)
        .set('duration-ms', String(result.durationMs))
        .set('cache-hit-ratio', result.cacheHitRatio === undefined ? '' : String(result.cacheHitRatio))
        .set('image-size', result.imageSize === undefined ? '' : String(result.imageSize))
        .set('layers', result.layers === undefined ? '' : String(result.layers))
        .set('steps', result.steps)
        .set('result-file', inputs.resultFile)
        .flush();
    await writeSummary(renderSummary(result));
}
void run(main);

