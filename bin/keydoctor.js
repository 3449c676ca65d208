#!/usr/bin/env node
// Thin launcher: the whole CLI lives in the bundle.
import('../dist/main.js').then((m) => m.main(process.argv));
