/**
 * The embedded typeface. Decree 30 (App. I §I.4) prescribes Times New Roman, which is not free
 * to embed; the PDF embeds Tinos instead, Google's metric-compatible clone of it (same advance
 * widths, so lines break where Word breaks them), with full Vietnamese coverage (all
 * precomposed letters of TCVN 6909). It comes from the npm package `@expo-google-fonts/tinos`,
 * which ships the complete TTF files (not unicode-range subsets), under the SIL Open Font
 * License 1.1. The DOCX names Times New Roman and embeds nothing: Word supplies the font.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

/** The four faces a document uses. */
export type FontFace = 'regular' | 'bold' | 'italic' | 'boldItalic';

export const FONT_FACES: readonly FontFace[] = ['regular', 'bold', 'italic', 'boldItalic'];

const FILES: Record<FontFace, string> = {
  regular: '400Regular/Tinos_400Regular.ttf',
  bold: '700Bold/Tinos_700Bold.ttf',
  italic: '400Regular_Italic/Tinos_400Regular_Italic.ttf',
  boldItalic: '700Bold_Italic/Tinos_700Bold_Italic.ttf',
};

const require = createRequire(import.meta.url);
const parsed = new Map<FontFace, fontkit.Font>();

/** Absolute path of a face's TTF file, resolved through Node's module resolution. */
export function fontPath(face: FontFace): string {
  return require.resolve(`@expo-google-fonts/tinos/${FILES[face]}`);
}

/**
 * A face, parsed once per process and shared by the measurements and every PDF: parsing the
 * OpenType layout tables of a 500 kB font is the costliest step of a render.
 */
export function loadFont(face: FontFace): fontkit.Font {
  let font = parsed.get(face);
  if (!font) {
    font = fontkit.create(readFileSync(fontPath(face))) as fontkit.Font;
    parsed.set(face, font);
  }
  return font;
}

/** The face for a combination of bold and italic. */
export function faceOf(style: {
  bold?: boolean | undefined;
  italic?: boolean | undefined;
}): FontFace {
  if (style.bold) return style.italic ? 'boldItalic' : 'bold';
  return style.italic ? 'italic' : 'regular';
}
