// A small, strict XML 1.0 well-formedness parser for the JUnit tests: it throws
// on anything a conforming parser (expat, libxml2, Jenkins' and GitLab's)
// would reject in the subset we emit — characters outside XML 1.0's Char
// production, unbalanced or misnamed end tags, unquoted or duplicate
// attributes, `<` in attribute values, unknown entities, `]]>` in text, a
// second root, a DOCTYPE — and returns the element tree with references decoded.
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const CHARS = /^[\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
const NAME = /[A-Za-z_:][A-Za-z0-9_.:-]*/y;
const REF = /&(?:#([0-9]+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/y;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const DECLARATION = /^<\?xml\s+version=(["'])1\.[0-9]\1(?:\s+encoding=(["'])[A-Za-z][A-Za-z0-9._-]*\2)?(?:\s+standalone=(["'])(?:yes|no)\3)?\s*\?>/;

export function parseXml(src: string): XmlElement {
  if (!CHARS.test(src)) throw new Error('a character XML 1.0 does not allow');
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at offset ${i}: ${JSON.stringify(src.slice(i, i + 40))}`);
  };
  const ws = () => {
    while (i < src.length && ' \t\r\n'.includes(src[i]!)) i++;
  };
  const name = (): string => {
    NAME.lastIndex = i;
    const m = NAME.exec(src) ?? fail('a name expected');
    i += m[0].length;
    return m[0];
  };
  const ref = (): string => {
    REF.lastIndex = i;
    const m = REF.exec(src) ?? fail('an unknown or malformed reference');
    i += m[0].length;
    if (m[3]) return PREDEFINED[m[3]]!;
    const cp = m[1] !== undefined ? parseInt(m[1], 10) : parseInt(m[2]!, 16);
    const ch = cp <= 0x10ffff ? String.fromCodePoint(cp) : fail('a reference beyond Unicode');
    if (!CHARS.test(ch)) fail('a reference to a character XML 1.0 does not allow');
    return ch;
  };
  const comment = () => {
    const end = src.indexOf('-->', i + 4);
    if (end < 0) fail('an unterminated comment');
    if (src.slice(i + 4, end).includes('--') || src[end - 1] === '-') fail('-- inside a comment');
    i = end + 3;
  };
  const pi = () => {
    i += 2;
    if (name().toLowerCase() === 'xml') fail('an XML declaration that is not at the start');
    const end = src.indexOf('?>', i);
    if (end < 0) fail('an unterminated processing instruction');
    i = end + 2;
  };
  const misc = () => {
    for (;;) {
      ws();
      if (src.startsWith('<!--', i)) comment();
      else if (src.startsWith('<?', i)) pi();
      else return;
    }
  };

  function element(): XmlElement {
    i++; // <
    const el: XmlElement = { name: name(), attrs: {}, children: [], text: '' };
    for (;;) {
      const before = i;
      ws();
      if (src.startsWith('/>', i)) {
        i += 2;
        return el;
      }
      if (src[i] === '>') {
        i++;
        break;
      }
      if (i === before) fail('whitespace expected before an attribute');
      const attr = name();
      ws();
      if (src[i] !== '=') fail('= expected');
      i++;
      ws();
      const q = src[i];
      if (q !== '"' && q !== "'") fail('a quoted attribute value expected');
      i++;
      let value = '';
      while (src[i] !== q) {
        if (i >= src.length) fail('an unterminated attribute value');
        if (src[i] === '<') fail('< inside an attribute value');
        if (src[i] === '&') value += ref();
        else value += '\t\n\r'.includes(src[i++]!) ? ' ' : src[i - 1]; // attribute-value normalisation (§3.3.3)
      }
      i++;
      if (Object.hasOwn(el.attrs, attr)) fail(`attribute ${attr} given twice`);
      el.attrs[attr] = value;
    }
    for (;;) {
      if (i >= src.length) fail(`</${el.name}> expected`);
      if (src.startsWith('</', i)) {
        i += 2;
        const end = name();
        if (end !== el.name) fail(`</${el.name}> expected, not </${end}>`);
        ws();
        if (src[i] !== '>') fail('> expected');
        i++;
        return el;
      }
      if (src.startsWith('<!--', i)) comment();
      else if (src.startsWith('<![CDATA[', i)) {
        const end = src.indexOf(']]>', i);
        if (end < 0) fail('an unterminated CDATA section');
        el.text += src.slice(i + 9, end);
        i = end + 3;
      } else if (src.startsWith('<!', i)) fail('a declaration inside content');
      else if (src.startsWith('<?', i)) pi();
      else if (src[i] === '<') el.children.push(element());
      else if (src[i] === '&') el.text += ref();
      else if (src.startsWith(']]>', i)) fail(']]> in text');
      else el.text += src[i++];
    }
  }

  const decl = DECLARATION.exec(src);
  if (src.startsWith('<?xml') && !decl) fail('a malformed XML declaration');
  if (decl) i = decl[0].length;
  misc();
  if (src.startsWith('<!DOCTYPE', i)) fail('a DOCTYPE');
  if (src[i] !== '<') fail('the root element expected');
  const root = element();
  misc();
  if (i !== src.length) fail('content after the root element');
  return root;
}

/** Every descendant element named `name`, in document order. */
export function all(el: XmlElement, name: string): XmlElement[] {
  return el.children.flatMap((c) => [...(c.name === name ? [c] : []), ...all(c, name)]);
}
