// Workspace packages of a monorepo root: each is its own app, with its own
// loader and .env files (Next.js in apps/web reads apps/web/.env.local, not the
// root's). Declared by npm and yarn (`workspaces` in package.json, a list or
// `{ packages }`), pnpm (`packages` in pnpm-workspace.yaml), lerna (`packages`
// in lerna.json) and nx (a `project.json` in each project folder). Turborepo
// uses the package manager's workspaces.
//   https://docs.npmjs.com/cli/using-npm/workspaces
//   https://pnpm.io/pnpm-workspace_yaml
//   https://lerna.js.org/docs/api-reference/configuration
//   https://nx.dev/reference/project-configuration
import { posix } from 'node:path';

export interface WorkspacePackage {
  /** The package folder, relative to the root, `/`-separated. */
  dir: string;
  /** Its package.json `name`, when it has one. */
  name?: string;
}

export interface WorkspaceDeclarations {
  /** The root package.json, parsed. */
  packageJson?: unknown;
  /** pnpm-workspace.yaml, parsed. */
  pnpmWorkspace?: unknown;
  /** lerna.json, parsed. */
  lerna?: unknown;
}

export interface WorkspaceSet {
  /** Who declared the workspaces: `package.json workspaces`, `pnpm-workspace.yaml`, … */
  declaredBy: string[];
  packages: WorkspacePackage[];
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const field = (v: unknown, name: string): unknown => (v && typeof v === 'object' && !Array.isArray(v) && Object.hasOwn(v, name) ? (v as Record<string, unknown>)[name] : undefined);

/** The workspace globs each declaration names. */
export function workspaceGlobs(d: WorkspaceDeclarations): { by: string; globs: string[] }[] {
  const out: { by: string; globs: string[] }[] = [];
  const ws = field(d.packageJson, 'workspaces');
  const npm = Array.isArray(ws) ? strings(ws) : strings(field(ws, 'packages'));
  if (npm.length) out.push({ by: 'package.json workspaces', globs: npm });
  const pnpm = strings(field(d.pnpmWorkspace, 'packages'));
  if (pnpm.length) out.push({ by: 'pnpm-workspace.yaml', globs: pnpm });
  if (d.lerna !== undefined) {
    const lerna = strings(field(d.lerna, 'packages'));
    out.push({ by: 'lerna.json', globs: lerna.length ? lerna : ['packages/*'] });
  }
  return out;
}

/** A workspace glob as a whole-path test: `*` one segment's worth, `**` any number of segments. */
export function globMatcher(glob: string): (dir: string) => boolean {
  const clean = glob.replace(/^\.\//, '').replace(/\/+$/, '');
  let re = '';
  for (let i = 0; i < clean.length; i++) {
    const c = clean[i]!;
    if (c === '*' && clean[i + 1] === '*') {
      const slash = clean[i + 2] === '/';
      re += slash ? '(?:[^/]+/)*' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  const compiled = new RegExp(`^${re}$`);
  return (dir) => compiled.test(dir);
}

/**
 * The packages: folders with a package.json that a declared glob matches (and
 * no `!` glob excludes), plus nx projects (a project.json) when the root has
 * nx.json. `manifests` maps each folder holding a package.json to its parsed
 * content; `nxProjects` lists folders holding a project.json.
 */
export function findWorkspaces(d: WorkspaceDeclarations, manifests: ReadonlyMap<string, unknown>, nx: { json: boolean; projects: readonly string[] }): WorkspaceSet {
  const declared = workspaceGlobs(d);
  const include = declared.flatMap((x) => x.globs.filter((g) => !g.startsWith('!'))).map(globMatcher);
  const exclude = declared.flatMap((x) => x.globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1))).map(globMatcher);
  const found = new Map<string, WorkspacePackage>();
  for (const [dir, pkg] of manifests) {
    if (dir === '.' || !include.some((m) => m(dir)) || exclude.some((m) => m(dir))) continue;
    const name = field(pkg, 'name');
    found.set(dir, { dir, ...(typeof name === 'string' && name ? { name } : {}) });
  }
  if (nx.json) {
    for (const dir of nx.projects) {
      if (dir === '.' || found.has(dir)) continue;
      const name = field(manifests.get(dir), 'name');
      found.set(dir, { dir, ...(typeof name === 'string' && name ? { name } : {}) });
    }
  }
  const declaredBy = [...declared.map((x) => x.by), ...(nx.json && nx.projects.some((p) => p !== '.') ? ['nx.json (project.json files)'] : [])];
  return { declaredBy, packages: [...found.values()].sort((a, b) => a.dir.localeCompare(b.dir)) };
}

/** The package a project-relative path belongs to: the deepest package folder that holds it. */
export function packageOf(rel: string, packages: readonly WorkspacePackage[]): WorkspacePackage | undefined {
  let best: WorkspacePackage | undefined;
  for (const p of packages) {
    if ((rel === p.dir || rel.startsWith(p.dir + '/')) && (!best || p.dir.length > best.dir.length)) best = p;
  }
  return best;
}

export const isWithin = (rel: string, dir: string): boolean => dir === '.' || rel === dir || rel.startsWith(dir + '/');
export const parentDir = posix.dirname;
