// JSON Schema validation for the renderer tests: Ajv (draft 2020-12) with
// ajv-formats, our published schemas, and the SARIF 2.1.0 schema vendored
// from npm (test/render/fixtures/README.md says from where).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { ROOT } from '../helpers/cli.js';

// ajv-formats is CommonJS with `exports.default`; either shape is the plugin.
const addFormats = addFormatsModule.default ?? addFormatsModule;

export const CHECK_SCHEMA_PATH = join(ROOT, 'schema', 'check-result.schema.json');
export const REPORT_SCHEMA_PATH = join(ROOT, 'schema', 'report.schema.json');
export const SARIF_SCHEMA_PATH = join(ROOT, 'test', 'render', 'fixtures', 'sarif-2.1.0.schema.json');

export type JsonSchema = Record<string, unknown>;

export function readJson(path: string): JsonSchema {
  return JSON.parse(readFileSync(path, 'utf8')) as JsonSchema;
}

/**
 * The published schemas are open (fields may be added within a schemaVersion);
 * the tests close them, so a field the code emits but the schema does not
 * document fails here instead of going unnoticed.
 */
export function closed<T>(schema: T): T {
  if (Array.isArray(schema)) return schema.map(closed) as T;
  if (!schema || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) out[k] = closed(v);
  if (out.type === 'object' && out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  return out as T;
}

/** A validator over our schemas, closed or as published. */
export function ourValidator(opts: { closed: boolean }) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const prep = opts.closed ? closed : <T>(s: T) => s;
  ajv.addSchema(prep(readJson(CHECK_SCHEMA_PATH)));
  ajv.addSchema(prep(readJson(REPORT_SCHEMA_PATH)));
  const check = ajv.getSchema(readJson(CHECK_SCHEMA_PATH).$id as string)!;
  const report = ajv.getSchema(readJson(REPORT_SCHEMA_PATH).$id as string)!;
  return { check, report };
}

/** The SARIF 2.1.0 validator. Not strict: the upstream schema uses keywords Ajv's strict mode flags. */
export function sarifValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(readJson(SARIF_SCHEMA_PATH));
}

/** Errors as short lines, for a readable assertion failure. */
export function explain(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}${e.params ? ' ' + JSON.stringify(e.params) : ''}`);
}
