#!/usr/bin/env node
// Thin launcher: the whole CLI lives in the build output.
import('../dist/cli/main.js').then((m) => m.main(process.argv));
