/** Reading a DOCX package in tests: its parts, paragraphs, styles and attributes. */
import { strFromU8, unzipSync } from 'fflate';

export interface DocxPackage {
  part(name: string): string;
  /** The part a relationship of word/document.xml points to. */
  related(id: string): string;
  names: string[];
}

export function openDocx(bytes: Uint8Array): DocxPackage {
  const files = unzipSync(bytes);
  const part = (name: string) => {
    const data = files[name];
    if (!data) throw new Error(`No part ${name}`);
    return strFromU8(data);
  };
  return {
    part,
    names: Object.keys(files),
    related(id) {
      const rels = part('word/_rels/document.xml.rels');
      const target = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels);
      if (!target) throw new Error(`No relationship ${id}`);
      return part(`word/${target[1]}`);
    },
  };
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
};

export const unescapeXml = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (e) => ENTITIES[e]!);

/** Every `<w:p>` element of a part, in document order. */
export function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>|<w:p\/>/g)].map((m) => m[0]);
}

/** The text of a paragraph element; `<w:br/>` is "\n". */
export function paragraphText(paragraph: string): string {
  return [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
    .map((m) => (m[1] === undefined ? '\n' : unescapeXml(m[1])))
    .join('');
}

/** The attributes of the first element named `tag`, e.g. attributes(xml, 'w:pgSz'). */
export function attributes(xml: string, tag: string): Record<string, string> {
  const element = new RegExp(`<${tag}(\\s[^>]*?)?/?>`).exec(xml);
  if (!element) throw new Error(`No <${tag}>`);
  return Object.fromEntries(
    [...(element[1] ?? '').matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]),
  );
}

/** Whether an on/off property (`<w:b/>`, `<w:i w:val="true"/>`) is on in a properties block. */
export function isOn(properties: string, tag: string): boolean {
  const element = new RegExp(`<${tag}(?:\\s+w:val="([^"]*)")?\\s*/>`).exec(properties);
  return element !== null && !['false', '0', 'off'].includes(element[1] ?? 'true');
}

/** The `<w:style>` element of a style id in word/styles.xml. */
export function styleElement(stylesXml: string, id: string): string {
  const style = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(
    stylesXml,
  );
  if (!style) throw new Error(`No style ${id}`);
  return style[0];
}

/** Runs of a paragraph as { text, properties } pairs. */
export function runs(paragraph: string): { text: string; properties: string }[] {
  return [...paragraph.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => ({
    text: paragraphText(m[1]!),
    properties: /<w:rPr>[\s\S]*?<\/w:rPr>/.exec(m[1]!)?.[0] ?? '',
  }));
}
