#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/ (scripts/build.mjs). CommonJS, because
// Node starts a CommonJS entry faster than an ES module one.
require('../dist/main.cjs').main(process.argv);
