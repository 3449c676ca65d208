// The one table of commands: the top-level help (main.ts, without loading
// commander), the registration of each command (its own module reads its
// summary here) and shell completion all read it.
export const COMMAND_LIST = [
  { name: 'check', summary: 'check every API key the project uses: format, sources, a live call, the answer classified' },
  { name: 'demo', summary: 'show what check does on a sample project, with recorded answers replayed locally: no key, no network, none of your files' },
  { name: 'trace', summary: 'show every place a variable is defined (process, shell, .env files, compose, Kubernetes, CI, source) and which one wins' },
  { name: 'explain', summary: 'explain a pasted API error: the category, the provider, the evidence and what to do' },
  { name: 'compare', summary: 'send the live call with the configured key and with a freshly issued one (from standard input), side by side, and say which is the problem' },
  { name: 'report', summary: 'run check and write a redacted support-ticket bundle (Markdown and JSON)' },
  { name: 'providers', summary: 'list the built-in providers, the variables each checks and the key formats it knows' },
  { name: 'completion', summary: 'print a shell completion script (bash, zsh or fish)' },
] as const;

export type CommandName = (typeof COMMAND_LIST)[number]['name'];

export function summaryOf(name: CommandName): string {
  return COMMAND_LIST.find((c) => c.name === name)!.summary;
}

/** The whole program's one-line description and the words after its help. */
export const DESCRIPTION = 'A doctor for API keys that fail: which key is wrong, where it came from, what the provider said, what to do.';
export const AFTER_HELP = `
With no command, keydoctor runs check. \`keydoctor help <command>\` shows a command's options.

Exit codes: 0 every key usable; 1 a key has a problem; 2 usage or config error;
3 inconclusive (network, proxy, TLS, outage, rate limit, or a key not sent by the trust rule).`;
