// composeEnvironment: what Compose interpolation sees of an action's environment.
import { describe, expect, it } from '@jest/globals';
import { composeEnvironment } from '../../shared/compose/environment.js';

describe('composeEnvironment', () => {
  it("drops the runner's own variables and keeps the user's and GITHUB_*", () => {
    const env = {
      INPUT_TOKEN: 'ghs_token',
      'INPUT_COMPOSE-FILES': 'compose.yaml',
      ACTIONS_RUNTIME_TOKEN: 'runtime',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
      ACTIONS_CACHE_URL: 'https://cache',
      RUNNER_TEMP: '/tmp/runner',
      RUNNER_OS: 'Linux',
      GITHUB_TOKEN: 'ghs_env_token',
      GITHUB_SHA: 'abc123',
      GITHUB_REF_NAME: 'main',
      TAG: 'v1',
      input_lower: 'kept: names are case-sensitive',
      MY_INPUT_X: 'kept: only the prefix counts',
      EMPTY: '',
    };
    expect(composeEnvironment(env)).toEqual({
      GITHUB_SHA: 'abc123',
      GITHUB_REF_NAME: 'main',
      TAG: 'v1',
      input_lower: 'kept: names are case-sensitive',
      MY_INPUT_X: 'kept: only the prefix counts',
      EMPTY: '',
    });
    expect(env.INPUT_TOKEN).toBe('ghs_token'); // not changed
  });
});
