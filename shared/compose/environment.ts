/**
 * The environment Compose interpolation sees when an action loads a project. An action's process
 * holds the runner's own variables beside the user's: its inputs (`INPUT_TOKEN` is the token), the
 * runtime's tokens and URLs, and the runner's settings. A Compose file could otherwise interpolate
 * them (`${INPUT_TOKEN}`) into an image name, a tag or an argument, and from there into an output.
 */

/** Variables only the runner sets for the action itself; never seen by Compose. */
const RUNNER_ONLY = /^(?:INPUT_|ACTIONS_|RUNNER_)/;

/**
 * `processEnv` without the runner's own variables: `INPUT_*` (the action's inputs), `ACTIONS_*`
 * (the runtime's tokens and service URLs), `RUNNER_*` (the runner's settings) and `GITHUB_TOKEN`.
 * Every other variable stays, `GITHUB_*` included (`${GITHUB_SHA}` is a common tag). A removed
 * variable is unset for Compose: `${VAR:-default}` takes the default, `${VAR}` warns and is blank.
 * Names are compared case-sensitively, as Linux and macOS keep them. Pure.
 *
 * @param processEnv the action's environment (`process.env`)
 * @returns a new object; `processEnv` is not changed
 */
export function composeEnvironment(
  processEnv: Record<string, string | undefined>,
): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(processEnv)) {
    if (name === 'GITHUB_TOKEN' || RUNNER_ONLY.test(name)) continue;
    out[name] = value;
  }
  return out;
}
