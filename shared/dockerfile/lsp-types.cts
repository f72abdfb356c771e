// CommonJS on purpose. vscode-languageserver-types resolves to its ES build for `import` and to its
// UMD build for `require`, and dockerfile-ast requires it: a patch of its Range (see model.ts) must
// reach the copy dockerfile-ast uses, which only a `require` gets.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- that require is this file's purpose
import types = require('vscode-languageserver-types');
export = types;
