import { describe, expect, it } from 'vitest';
import {
  docxRenderer,
  InvalidDocumentError,
  pdfRenderer,
  rendererFor,
  renderers,
} from '../src/index.ts';
import { announcement346 } from './fixtures/announcement-346.ts';

describe('Renderer', () => {
  it('hides each format behind one interface', async () => {
    expect(rendererFor('pdf')).toBe(pdfRenderer);
    expect(rendererFor('docx')).toBe(docxRenderer);
    expect(Object.keys(renderers)).toEqual(['docx', 'pdf']);
    const [docx, pdf] = await Promise.all(
      [docxRenderer, pdfRenderer].map((renderer) => renderer.render(announcement346)),
    );
    expect(new TextDecoder().decode(pdf!.slice(0, 4))).toBe('%PDF');
    expect([...docx!.slice(0, 2)]).toEqual([0x50, 0x4b]);
    expect(pdfRenderer).toMatchObject({ mediaType: 'application/pdf', extension: '.pdf' });
  });

  it('rejects an unknown format and an incomplete document', async () => {
    expect(() => rendererFor('odt' as 'pdf')).toThrow(RangeError);
    for (const renderer of Object.values(renderers)) {
      await expect(
        renderer.render({ ...announcement346, signature: { authority: [], signerName: '' } }),
      ).rejects.toBeInstanceOf(InvalidDocumentError);
    }
  });
});
