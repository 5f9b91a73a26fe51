// The one reader of the XML inside Word files: a strict, streaming XML 1.0 parser (saxes), with
// namespaces, and without DTDs. A part that declares a document type (<!DOCTYPE>, which Word never
// writes) is refused before anything in it is read, so no entity is ever declared or expanded
// (no XXE, no billion laughs); an entity other than the five XML defines is an error. Its work is
// linear in the size of the part, and bounded: size, element count and nesting depth each have a
// limit, refused in words. No regular expression ever reads the markup.
import { SaxesParser, type SaxesTagNS } from 'saxes';

export interface XmlLimits {
  /** Characters in the part. */
  maxChars: number;
  /** Elements, comments and processing instructions in the part. */
  maxNodes: number;
  /** Elements open at once. */
  maxDepth: number;
  /** Attributes (namespace declarations included) on one element. */
  maxAttributes: number;
  /** Namespace declarations in the whole part. */
  maxNamespaces: number;
}

/**
 * Generous for the parts of a Word file Scrutineer reads (a large real styles.xml is a few hundred
 * KB and some thousands of elements, about ten deep, its root declaring some 30 namespaces), and
 * small enough that the DOM built from one stays under a second of work and about 100 MB, however
 * the part is made. Each limit is there because something grows faster than the part without it:
 * the DOM's attribute lists are quadratic in their length, its namespace look-ups in the
 * declarations in scope, its insertions in the depth.
 */
export const DOCX_PART_LIMITS: XmlLimits = {
  maxChars: 4_000_000,
  maxNodes: 100_000,
  maxDepth: 64,
  maxAttributes: 512,
  maxNamespaces: 256,
};

/** What is wrong with a part, in words; thrown by `readXml`. */
export class XmlProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlProblem';
  }
}

/**
 * What a reader of the events wants to hear; every callback is optional. `end` is the offset in
 * the text just after the tag's ">", for a reader that edits the text where it stands.
 */
export interface XmlSink {
  open?(tag: SaxesTagNS, end: number): void;
  close?(tag: SaxesTagNS, end: number): void;
  text?(text: string): void;
  cdata?(text: string): void;
  comment?(text: string): void;
  pi?(target: string, body: string): void;
}

function plain(message: string): string {
  // saxes says "1:20: disallowed character."; the position is kept, the full stop left to us.
  return message.replace(/\.$/, '');
}

/**
 * Reads `xml` strictly, handing each event to `sink`. Throws `XmlProblem` (with words) for a part
 * that is not well-formed, declares a DOCTYPE, or passes a limit.
 */
export function readXml(xml: string, sink: XmlSink = {}, limits: XmlLimits = DOCX_PART_LIMITS): void {
  if (xml.length > limits.maxChars) {
    throw new XmlProblem(
      `it is ${xml.length.toLocaleString('en-GB')} characters long, more than the ${limits.maxChars.toLocaleString('en-GB')} Scrutineer reads`,
    );
  }
  const parser = new SaxesParser({ xmlns: true, position: true, defaultXMLVersion: '1.0', forceXMLVersion: true });
  let nodes = 0;
  let depth = 0;
  let roots = 0;
  let namespaces = 0;
  const count = () => {
    if (++nodes > limits.maxNodes)
      throw new XmlProblem(`it has more than ${limits.maxNodes.toLocaleString('en-GB')} elements`);
  };
  parser.on('doctype', () => {
    throw new XmlProblem('it declares a document type (<!DOCTYPE>), which Word never writes; such parts are refused');
  });
  // Counted as they are read, so a tag with a million attributes is refused at the 513th.
  let attributes = 0;
  parser.on('opentagstart', () => {
    attributes = 0;
  });
  parser.on('attribute', (a) => {
    if (++attributes > limits.maxAttributes)
      throw new XmlProblem(`an element has more than ${limits.maxAttributes} attributes`);
    if ((a.prefix === 'xmlns' || a.name === 'xmlns') && ++namespaces > limits.maxNamespaces)
      throw new XmlProblem(`it declares more than ${limits.maxNamespaces} namespaces`);
  });
  parser.on('opentag', (tag) => {
    count();
    depth++;
    if (depth === 1) roots++;
    if (depth > limits.maxDepth) throw new XmlProblem(`its elements are nested more than ${limits.maxDepth} deep`);
    if (namespaces > limits.maxNamespaces)
      throw new XmlProblem(`it declares more than ${limits.maxNamespaces} namespaces`);
    sink.open?.(tag, parser.position);
  });
  parser.on('closetag', (tag) => {
    depth--;
    sink.close?.(tag, parser.position);
  });
  if (sink.text) parser.on('text', sink.text);
  parser.on('cdata', (text) => {
    count();
    sink.cdata?.(text);
  });
  parser.on('comment', (text) => {
    count();
    sink.comment?.(text);
  });
  parser.on('processinginstruction', ({ target, body }) => {
    count();
    sink.pi?.(target, body);
  });
  parser.on('error', (err) => {
    throw new XmlProblem(plain(err.message));
  });
  try {
    parser.write(xml).close();
  } catch (err) {
    if (err instanceof XmlProblem) throw err;
    throw new XmlProblem(plain((err as Error).message));
  }
  if (roots !== 1) throw new XmlProblem(roots === 0 ? 'no root element' : 'more than one root element');
}

/** null when the text is well-formed XML with one root element, within the limits; otherwise what is wrong. */
export function xmlProblem(xml: string, limits: XmlLimits = DOCX_PART_LIMITS): string | null {
  try {
    readXml(xml, {}, limits);
    return null;
  } catch (err) {
    if (err instanceof XmlProblem) return err.message;
    throw err;
  }
}
