#!/usr/bin/env node
'use strict';
// `soudan … | head` closes the pipe early: that ends the output, not in a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
// The compiled CLI lives in dist/ (built by `npm install` through the prepare script).
require('../dist/cli/main.js')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
