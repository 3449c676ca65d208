// The CLIs' own credential files under HOME, as one layer of the local
// contexts: what `aws configure list` and `gh auth status` read. Each file has
// a reader (credentials-*.ts); every file is the user's own, read through
// readUserFile (links followed, regular files only, bounded), never written,
// at user trust (src/sources/model.ts trustOf). A malformed line is a finding
// naming file and line, and the run goes on. Values never leave the
// definitions: the caller's Redactor gets each one through onSecret.
import type { CredentialLayer, RawDef } from '../types.js';
import { emptyExtract } from '../types.js';
import type { CredentialPart, CredentialInput } from './credentials-common.js';
import { AWS_PAIR, AWS_SECRET, readAwsFiles } from './credentials-aws.js';
import { readGhHosts } from './credentials-gh.js';
import { readNpmrc } from './credentials-npmrc.js';
import { readGcloudAdc } from './credentials-gcloud.js';
import { readStripeConfig } from './credentials-stripe.js';

export function readCredentialFiles(input: CredentialInput): CredentialLayer {
  const extract = emptyExtract();
  const loaded = new Map<string, RawDef[]>();
  const rules = new Map<string, string>();
  const layer: CredentialLayer = { extract, loaded, first: () => false, rule: (name) => rules.get(name) };
  const { home } = input;
  if (!home) return layer;
  const add = (part: CredentialPart | undefined) => {
    if (!part) return;
    extract.defs.push(...part.extract.defs);
    extract.problems.push(...part.extract.problems);
    extract.findings.push(...part.extract.findings);
    for (const [name, defs] of part.loaded) {
      loaded.set(name, [...(loaded.get(name) ?? []), ...defs]);
      if (part.rule && !rules.has(name)) rules.set(name, part.rule);
    }
  };
  const aws = readAwsFiles({ ...input, home });
  if (aws) {
    add({ extract: { defs: aws.defs, chains: [], findings: aws.findings, problems: aws.problems }, loaded: aws.loaded, rule: aws.rule });
    layer.first = (name, envDefines) => {
      if (!AWS_PAIR.has(name)) return false;
      // The JS SDK v3 with AWS_PROFILE; or the environment lacks half of the pair, which every
      // runtime then skips for the profile (botocore EnvProvider, JS fromEnv need both), so its
      // key id is never paired with the profile's secret.
      // (A key id not traced, as in `trace AWS_SECRET_ACCESS_KEY`, is judged by the process environment.)
      const id = input.names.has('AWS_ACCESS_KEY_ID') ? envDefines('AWS_ACCESS_KEY_ID') : !!input.env.AWS_ACCESS_KEY_ID;
      return aws.profileFirst || !envDefines(AWS_SECRET) || !id;
    };
    const profileVar = input.env.AWS_PROFILE ? 'AWS_PROFILE' : undefined;
    layer.notes = (envDefines) => {
      if (!profileVar || !aws.hasSecret || !envDefines(AWS_SECRET)) return [];
      const at = aws.loaded.get(AWS_SECRET)?.[0];
      const profile = `profile [${aws.profile}]${at ? ` (${at.file}:${at.line})` : ''}`;
      return [{ name: AWS_SECRET, finding: {
        code: 'trace.runtimes_differ', severity: 'info',
        message: aws.profileFirst
          ? `AWS_PROFILE is set and the environment holds keys too: ${aws.runtimeLabel}, which this project uses, takes ${profile}; the AWS CLI and boto3 would take the environment keys.`
          : `AWS_PROFILE is set and the environment holds keys too: ${aws.runtimeLabel} takes the environment keys; the AWS SDK for JavaScript v3 would take ${profile} (aws/aws-sdk-js-v3#2549).`,
        fix: 'Keep one source: unset AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY to use the profile, or unset AWS_PROFILE to use the keys.',
      } }];
    };
  }
  const ctx = { ...input, home };
  add(readGhHosts(ctx));
  add(readNpmrc(ctx));
  add(readGcloudAdc(ctx));
  add(readStripeConfig(ctx));
  // Every value read is a secret but a region (which masked, would hide `us-east-1` in every message).
  for (const d of extract.defs) if (d.value && !d.name.endsWith('_REGION')) input.onSecret?.(d.value);
  return layer;
}
