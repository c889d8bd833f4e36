#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is TypeScript compiled to dist/ by `npm install` (the prepare script).
try {
  void require('../dist/src/cli/main.js').main(process.argv.slice(2));
} catch (err) {
  if (err && err.code === 'MODULE_NOT_FOUND' && String(err.message).includes('dist/src/cli')) {
    console.error('kg: not built yet; run `npm install` (or `npm run build`) first');
    process.exit(2);
  }
  throw err;
}
