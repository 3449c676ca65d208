#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/ (scripts/build.mjs). CommonJS (see
// bin/package.json), because Node starts a CommonJS entry ~10 ms faster than an
// ES module one; the path stays the one hooks and CI configs already call.
require('../dist/main.cjs').main(process.argv);
