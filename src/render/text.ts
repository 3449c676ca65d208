// Text from a provider's answer can carry control characters: ANSI escapes
// that restyle a terminal or a CI log, or lone surrogates that break JSON
// consumers. Every renderer that shows provider text strips them.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Without control characters; tab, newline and carriage return are kept for the renderer to escape or drop. */
export function stripControl(s: string): string {
  return s.replace(CONTROL, '');
}
