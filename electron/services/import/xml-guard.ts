/**
 * Checks a Word XML part as it is unpacked, chunk by chunk, before mammoth may build it into a
 * document tree (mammoth keeps the whole tree, about 2.5 KB of heap an element, and takes
 * about 20 µs an element): it counts elements with a streaming parser (saxes) and refuses any
 * document type declaration (XXE, billion laughs), so an agenda of millions of tiny paragraphs
 * or styles is refused after its first quarter-million elements, not after gigabytes.
 *
 * mammoth's own parser is lenient, so a damaged part is still counted to its end: the count is
 * never less than the number of `<` followed by a name character (anything a lenient parser
 * could read as an element), and a DOCTYPE or ENTITY declaration is also looked for in the raw
 * text, in any case. Once saxes finds a part malformed it is fed no more of it (a part of
 * millions of errors would otherwise cost an Error object each): the raw count carries on.
 */
import { SaxesParser } from 'saxes';
import { IMPORT_LIMITS, LimitCrossed } from './limits';

/** The counts shared by every part of one document. */
export interface XmlBudget {
  elements: number;
  chars: number;
}

/** A character that may start an element's name (ASCII letters, '_', ':', and beyond Latin-1 controls). */
function nameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 58 || c >= 0xc0;
}
const DECLARATION = /<!(DOCTYPE|ENTITY)/i;

export class XmlGuard {
  private readonly parser = new SaxesParser({ xmlns: false });
  private readonly decoder = new TextDecoder('utf-8');
  private readonly chunks: string[] = [];
  private parsed = 0; // elements saxes has seen in this part
  private raw = 0; // '<' + name character in this part
  private counted = 0; // this part's share of budget.elements so far
  private tail = ''; // the end of the previous chunk, for a declaration split across chunks
  private openAngle = false; // the previous chunk ended with '<'
  private doctype = false;
  private malformed = false;

  constructor(
    private readonly part: string,
    private readonly budget: XmlBudget,
  ) {
    this.parser.on('opentagstart', () => void this.parsed++);
    this.parser.on('doctype', () => void (this.doctype = true));
    this.parser.on('error', () => void (this.malformed = true));
  }

  /** The next unpacked bytes of the part. Throws LimitCrossed once the document is over a limit. */
  write(bytes: Uint8Array): void {
    this.add(this.decoder.decode(bytes, { stream: true }));
  }

  /** The whole part as text, once every chunk has been written and checked. */
  end(): string {
    this.add(this.decoder.decode());
    if (!this.malformed) this.parser.close();
    this.check();
    return this.chunks.join('');
  }

  private add(text: string): void {
    if (text === '') return;
    this.budget.chars += text.length;
    if (this.budget.chars > IMPORT_LIMITS.docxXmlChars)
      throw new LimitCrossed({ kind: 'docx-xml-size', part: this.part });
    this.chunks.push(text);
    const seam = this.tail + text;
    if (DECLARATION.test(seam)) this.doctype = true;
    this.tail = seam.slice(-16);
    if (this.openAngle && nameStart(text.charCodeAt(0))) this.raw++;
    this.openAngle = false;
    for (let i = text.indexOf('<'); i !== -1; i = text.indexOf('<', i + 1)) {
      if (i === text.length - 1)
        this.openAngle = true; // its name, if any, starts the next chunk
      else if (nameStart(text.charCodeAt(i + 1))) this.raw++;
    }
    if (!this.malformed) this.parser.write(text);
    this.check();
  }

  private check(): void {
    if (this.doctype) throw new LimitCrossed({ kind: 'docx-doctype', part: this.part });
    const own = Math.max(this.parsed, this.raw);
    this.budget.elements += own - this.counted;
    this.counted = own;
    if (this.budget.elements > IMPORT_LIMITS.docxXmlElements)
      throw new LimitCrossed({ kind: 'docx-elements', part: this.part });
  }
}
