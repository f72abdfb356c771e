/**
 * The README's demo: makes a git history from the bundled example monorepo, changes the shared
 * package several services copy, and runs the plan-matrix bundle on it as the GitHub runner would.
 * Prints the job summary and the matrix a build job would receive.
 */
import { resolve } from 'node:path';
import { runAction } from '../test/support/action.js';
import { TempRepo } from '../test/support/git-repo.js';

const repo = new TempRepo(resolve('example/monorepo'));
try {
  const base = repo.head();
  const head = repo.commit(
    {
      append: {
        'packages/shared-utils/src/index.js': '\n// demo: a change to the shared package\n',
        'packages/shared-utils/README.md': '\nA documentation change that rebuilds nothing.\n',
        'backend/api/users/tests/users.test.js': '\n// a test change that rebuilds nothing\n',
      },
    },
    'demo change',
  );
  console.log(`Example monorepo at ${repo.dir}: planning ${base.slice(0, 7)}..${head.slice(0, 7)}\n`);
  const run = await runAction('plan-matrix', {
    workspace: repo.dir,
    inputs: { 'compose-files': 'compose.yaml\ninfrastructure/compose/*.yml', base, head },
  });
  if (run.code !== 0) {
    console.error(run.stdout, run.stderr);
    process.exit(1);
  }
  console.log(run.summary);
  console.log('matrix output:');
  console.log(JSON.stringify(JSON.parse(run.outputs['matrix']!), null, 2));
} finally {
  repo.remove();
}
