/**
 * setup-builder's builder inputs checked before anything runs: the driver, the builder's name, the
 * endpoint each driver accepts, driver options; and the generated name when none is given.
 */
import { InputError } from '../runtime/errors.js';

export const DRIVERS = ['docker', 'docker-container', 'remote', 'kubernetes'] as const;
export type Driver = (typeof DRIVERS)[number];

const CONTEXT_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.+-]*$/;
/** buildx's own rule for instance names (store/util.go ValidateName). */
const BUILDER_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
/** Kubernetes object names (the deployment is named after the node): DNS-1123 labels. */
const K8S_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const REMOTE_SCHEMES = [
  'unix',
  'tcp',
  'ssh',
  'npipe',
  'docker-container',
  'kube-pod',
  'podman-container',
  'nerdctl-container',
];
const DOCKER_HOST_SCHEMES = ['unix', 'tcp', 'ssh', 'npipe', 'fd'];

/**
 * Checks `endpoint` for `driver` and returns it trimmed.
 *
 * @throws InputError (input `endpoint`) naming the accepted forms.
 */
export function validateEndpoint(driver: Driver, endpoint: string): string {
  const e = endpoint.trim();
  const fail = (why: string, fix: string): never => {
    throw new InputError(`'${e}' ${why}`, { input: 'endpoint', fix });
  };
  switch (driver) {
    case 'docker':
      if (e && !CONTEXT_NAME.test(e))
        fail(
          'is not a docker context name.',
          'give the name of a docker context (docker context ls), or leave it empty for the current one.',
        );
      return e;
    case 'kubernetes':
      if (e && !CONTEXT_NAME.test(e))
        fail(
          'is not a context name.',
          'give a docker context with a Kubernetes endpoint, or leave it empty to use the current kubeconfig.',
        );
      return e;
    case 'docker-container': {
      if (!e || CONTEXT_NAME.test(e)) return e;
      const scheme = /^([a-z]+):\/\/./.exec(e)?.[1];
      if (!scheme || !DOCKER_HOST_SCHEMES.includes(scheme))
        fail(
          'is neither a docker context nor a Docker host.',
          'give a docker context name or a DOCKER_HOST address such as unix:///var/run/docker.sock or tcp://host:2376.',
        );
      return e;
    }
    case 'remote': {
      if (!e)
        throw new InputError('is required by the remote driver.', {
          input: 'endpoint',
          fix: 'give the BuildKit daemon address, e.g. tcp://buildkitd:1234 or unix:///run/buildkit/buildkitd.sock.',
        });
      const m = /^([a-z-]+):\/\/(.*)$/.exec(e);
      if (!m || !REMOTE_SCHEMES.includes(m[1]!))
        fail(
          'is not a BuildKit address.',
          `use one of the schemes ${REMOTE_SCHEMES.map((s) => `${s}://`).join(', ')}.`,
        );
      const [, scheme, rest] = m as unknown as [string, string, string];
      if (scheme === 'unix' && !rest.startsWith('/'))
        fail('needs an absolute socket path.', 'write unix:///absolute/path/buildkitd.sock (three slashes).');
      if (scheme === 'tcp' && !/^(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+):\d{1,5}$/.test(rest))
        fail('needs a host and a port.', 'write tcp://host:port, e.g. tcp://127.0.0.1:1234.');
      return e;
    }
  }
}

/**
 * Checks a builder name for `driver`.
 *
 * @throws InputError (input `name`).
 */
export function validateName(driver: Driver, name: string): string {
  if (!name) return name;
  if (driver === 'docker')
    throw new InputError(`'${name}' cannot be used with the docker driver.`, {
      input: 'name',
      fix: "the docker driver's builder is its docker context: leave name empty and set endpoint to the context's name, or use another driver.",
    });
  if (name === 'default')
    throw new InputError("'default' is the docker context's own builder.", {
      input: 'name',
      fix: 'choose another name.',
    });
  const ok = driver === 'kubernetes' ? K8S_NAME.test(name) : BUILDER_NAME.test(name);
  if (!ok)
    throw new InputError(`'${name}' is not a valid builder name.`, {
      input: 'name',
      fix:
        driver === 'kubernetes'
          ? 'use lowercase letters, digits and -, starting and ending with a letter or digit (it names a Kubernetes deployment).'
          : 'use letters, digits, _, . and -, starting with a letter or digit.',
    });
  return name;
}

/** Checks `driver-opts` lines (`key=value`). */
export function validateDriverOpts(lines: string[]): string[] {
  for (const l of lines) {
    if (!/^[A-Za-z0-9_.-]+=/.test(l))
      throw new InputError(`'${l}' is not a driver option.`, {
        input: 'driver-opts',
        fix: 'write one key=value per line, e.g. network=host.',
      });
  }
  return lines;
}

/** A generated builder name: `bka-<run id>-<attempt>-<4 hex>` (valid for every driver). */
export function generateName(env: NodeJS.ProcessEnv, random: () => number = Math.random): string {
  const suffix = Math.floor(random() * 0x10000)
    .toString(16)
    .padStart(4, '0');
  const run = env['GITHUB_RUN_ID'] ? `${env['GITHUB_RUN_ID']}-${env['GITHUB_RUN_ATTEMPT'] || '1'}` : 'local';
  return `bka-${run}-${suffix}`.toLowerCase();
}
