// Small words, right: "an Anthropic key" not "a Anthropic key", "1 key" not
// "1 keys". Used wherever a name or a count is printed.

/** `a` or `an` before `word`, by its sound for the common cases (an initialism like `API` or `HTTP` by its letter name). */
export function article(word: string): 'a' | 'an' {
  const w = word.trim();
  if (/^(?:[AEFHILMNORSX](?:[A-Z0-9]|$))/.test(w)) return 'an'; // initialisms read letter by letter: an API, an HTTP, an SDK
  if (/^(?:uni|use|usa|eu|one|once)/i.test(w)) return 'a'; // a user, a unified, a one-time
  if (/^(?:hour|honest|heir)/i.test(w)) return 'an';
  if (/^x[A-Z]/.test(w)) return 'an'; // xAI, said "ex-A-I"
  return /^[aeiou]/i.test(w) ? 'an' : 'a';
}

/** `an Anthropic`, `a project key`. */
export function withArticle(word: string): string {
  return `${article(word)} ${word}`;
}

/** `A, B, C`, or `A, B, C and 2 more` past `shown` items. */
export function listed(items: readonly string[], shown = 3): string {
  return items.length > shown ? `${items.slice(0, shown).join(', ')} and ${items.length - shown} more` : items.join(', ');
}

/** `1 key`, `2 keys`, `3 warnings`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
