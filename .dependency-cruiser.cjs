// The layers of DESIGN.md, enforced on every `npm test` (type imports count:
// a type is a dependency too). Layers only import downwards: probes know
// providers; steps know the pipeline and own I/O; renderers know terminals and
// formats; the CLI knows processes.
/** Modules that are data shapes a renderer may read (types, a report's model, demo scenarios). */
const SHAPES = '^src/(trace/types|explain/types|compare/types|report/model|demo/scenarios)\\.ts$';
/** The step layer: everything that finds, reads, sends and decides. */
const STEPS = '^src/(steps|check|sources|trace|text|prevent|net|classify|explain|redact|io|config|custom|report|compare|demo|boot)/';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A cycle makes two modules one: neither can change or be read alone.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'render-imports-no-step',
      comment: 'A renderer is (result) => string: it reads data shapes, never the code that makes them.',
      severity: 'error',
      from: { path: '^src/render/' },
      to: { path: STEPS, pathNot: SHAPES },
    },
    {
      name: 'steps-import-no-cli-or-render',
      comment: 'Steps return findings and never print: the CLI and the renderers sit above them.',
      severity: 'error',
      from: { path: STEPS },
      to: { path: '^src/(cli|render)/' },
    },
    {
      name: 'probes-import-only-core-and-their-kit',
      comment: 'A probe is data plus small functions: it knows its provider, the shared vocabulary (src/core) and the probes\' own kit.',
      severity: 'error',
      from: { path: '^src/probes/' },
      to: { path: '^src/', pathNot: '^src/(probes|core)/' },
    },
    {
      name: 'text-imports-only-core-and-io',
      comment: 'Text helpers (lines, YAML/JSON positions, interpolation, gitignore) parse strings: they know no step.',
      severity: 'error',
      from: { path: '^src/text/' },
      to: { path: '^src/', pathNot: '^src/(text|core|io)/' },
    },
    {
      name: 'core-imports-only-core',
      comment: 'The shared vocabulary depends on nothing of keydoctor\'s.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/', pathNot: '^src/core/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/types/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
