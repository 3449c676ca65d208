// The secrets of a credential document (a service account's or gcloud's JSON): the values of its
// secret fields, and each line of a multi-line one (a PEM key), so one line quoted alone (a log, a
// wrapped print) is masked too. Its armour lines are no secret. One list for the redactor and the
// credential-file reader, which registers them before any probe's formats are known.

/** The secret values of a parsed credential document's `fields`, PEM lines included. */
export function documentSecretValues(json: Record<string, unknown>, fields: readonly string[]): string[] {
  const values = fields.map((k) => json[k]).filter((v): v is string => typeof v === 'string' && v.length > 0);
  const lines = values.flatMap((v) => (v.includes('\n') ? v.split(/\r?\n/).filter((l) => l.length >= 16 && !l.startsWith('-----')) : []));
  return [...values, ...lines];
}
