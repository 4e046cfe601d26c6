/**
 * Fixes the timestamps of a DOCX package (core properties and ZIP entry times) to one
 * instant, and puts `[Content_Types].xml` first. `docx` stamps files with the time of packing; with a given `createdAt` the same
 * document always yields the same bytes, so files can be hashed, cached and compared.
 */
import { strFromU8, strToU8, unzipSync, type Zippable, zipSync } from 'fflate';

const CONTENT_TYPES = '[Content_Types].xml';

/** ZIP (DOS) timestamps cannot precede 1980. */
const DOS_EPOCH = Date.UTC(1980, 0, 2);

export function stampPackage(bytes: Uint8Array, createdAt: Date): Uint8Array {
  const files = unzipSync(bytes);
  const w3cdtf = `${createdAt.toISOString().slice(0, 19)}Z`;
  const core = files['docProps/core.xml'];
  if (core) {
    files['docProps/core.xml'] = strToU8(
      strFromU8(core).replace(
        /(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g,
        `$1${w3cdtf}$3`,
      ),
    );
  }
  const mtime = new Date(Math.max(createdAt.getTime(), DOS_EPOCH));
  // The content types first, as Office writes them: tools that sniff the format
  // (libmagic, for one) look at the first entry.
  const names = Object.keys(files).sort(
    (a, b) => Number(b === CONTENT_TYPES) - Number(a === CONTENT_TYPES),
  );
  const zippable: Zippable = {};
  for (const name of names) zippable[name] = [files[name]!, { mtime }];
  return zipSync(zippable, { level: 6 });
}
