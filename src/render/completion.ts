// Shell completion scripts, generated from the commands and their options so
// they never drift from the CLI. `keydoctor completion bash > …`.

export interface CompletionSpec {
  commands: { name: string; description: string; options: string[] }[];
  /** Option values worth completing: --provider ids, --format names. */
  values: Record<string, string[]>;
}

export function renderBash(s: CompletionSpec): string {
  const cases = s.commands.map((c) => `    ${c.name}) opts="${c.options.join(' ')}" ;;`).join('\n');
  const values = Object.entries(s.values).map(([o, v]) => `    ${o}) COMPREPLY=($(compgen -W "${v.join(' ')}" -- "$cur")); return ;;`).join('\n');
  return `# keydoctor bash completion: source this file, or put it in ~/.local/share/bash-completion/completions/keydoctor
_keydoctor() {
  local cur prev cmd opts
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  cmd="\${COMP_WORDS[1]}"
  case "$prev" in
${values}
  esac
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W "${s.commands.map((c) => c.name).join(' ')} --help --version" -- "$cur"))
    return
  fi
  case "$cmd" in
${cases}
    *) opts="" ;;
  esac
  COMPREPLY=($(compgen -W "$opts" -- "$cur"))
}
complete -F _keydoctor keydoctor
`;
}

export function renderZsh(s: CompletionSpec): string {
  const q = (t: string) => t.replace(/'/g, "'\\''").replace(/:/g, '\\:');
  const cmds = s.commands.map((c) => `    '${c.name}:${q(c.description)}'`).join('\n');
  const cases = s.commands.map((c) => `    ${c.name}) _arguments ${c.options.map((o) => `'${o}[]${s.values[o] ? `:value:(${s.values[o]!.join(' ')})` : ''}'`).join(' ')} ;;`).join('\n');
  return `#compdef keydoctor
# keydoctor zsh completion: put this file in a directory on $fpath as _keydoctor
_keydoctor() {
  local -a commands
  commands=(
${cmds}
  )
  if (( CURRENT == 2 )); then
    _describe 'command' commands
    return
  fi
  case "$words[2]" in
${cases}
  esac
}
_keydoctor "$@"
`;
}

export function renderFish(s: CompletionSpec): string {
  const lines = ['# keydoctor fish completion: put this file in ~/.config/fish/completions/keydoctor.fish', 'complete -c keydoctor -f'];
  for (const c of s.commands) {
    lines.push(`complete -c keydoctor -n '__fish_use_subcommand' -a ${c.name} -d '${c.description.replace(/'/g, "\\'")}'`);
    for (const o of c.options) {
      const v = s.values[o];
      lines.push(`complete -c keydoctor -n '__fish_seen_subcommand_from ${c.name}' -l ${o.replace(/^--/, '')}${v ? ` -x -a '${v.join(' ')}'` : ''}`);
    }
  }
  return lines.join('\n') + '\n';
}
