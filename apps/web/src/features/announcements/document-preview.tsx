/**
 * The announcement as it will print: A4, Times New Roman, the Decree 30/2020/NĐ-CP layout —
 * the two-column header (issuing body and number | national motto and place-date), the type
 * name and summary, justified body, "Nơi nhận" beside the signature block. A preview for
 * reading; the DOCX/PDF the server renders is the document of record.
 * @module
 */
import type { CSSProperties } from 'react';

export interface PreviewSection {
  heading: string;
  paragraphs: string[];
}

export interface PreviewDocument {
  issuingBody: string;
  numberSymbol: string;
  place: string;
  /** ISO date, or empty for a draft. */
  date: string;
  typeName: string;
  summary: string;
  opening: string;
  sections: PreviewSection[];
  closing: string;
  recipients: string[];
  authority: string[];
  signerName: string;
}

const cell: CSSProperties = { verticalAlign: 'top', textAlign: 'center', padding: 0 };
const rule = (width: string): CSSProperties => ({
  width,
  margin: '2px auto 0',
  borderTop: '1px solid #000',
});

function placeDate(place: string, iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return `${place}, ngày     tháng     năm ${new Date().getFullYear()}`;
  const [, y, mo, d] = m;
  // Decree 30: days below 10 and months 1–2 take a leading zero.
  const day = d ?? '';
  const month = Number(mo) < 3 ? (mo ?? '') : String(Number(mo));
  return `${place}, ngày ${day} tháng ${month} năm ${y}`;
}

function Paragraph({ text, bold }: { text: string; bold?: boolean }) {
  return (
    <p
      style={{
        textAlign: 'justify',
        textIndent: '1.27cm',
        margin: '0 0 6pt',
        fontWeight: bold ? 700 : 400,
        whiteSpace: 'pre-wrap',
      }}
    >
      {text}
    </p>
  );
}

export function DocumentPreview({ doc }: { doc: PreviewDocument }) {
  const bodyLines = doc.issuingBody.toUpperCase().split('\n');
  return (
    <article className="paper" aria-label={`${doc.typeName} ${doc.numberSymbol}`} lang="vi">
      <table
        style={{ width: '100%', borderCollapse: 'collapse', fontSize: '13pt', lineHeight: 1.2 }}
      >
        <tbody>
          <tr>
            <td style={{ ...cell, width: '40%' }}>
              {bodyLines.map((l, i) => (
                <div
                  key={l}
                  style={{
                    fontWeight: i === bodyLines.length - 1 || bodyLines.length === 1 ? 700 : 400,
                  }}
                >
                  {l}
                </div>
              ))}
              <div style={rule('35%')} />
              <div style={{ marginTop: 8 }}>Số: {doc.numberSymbol || '      /TB-UBND'}</div>
            </td>
            <td style={{ ...cell, width: '60%' }}>
              <div style={{ fontWeight: 700, fontSize: '12pt' }}>
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
              </div>
              <div style={{ fontWeight: 700 }}>Độc lập - Tự do - Hạnh phúc</div>
              <div style={rule('62%')} />
              <div style={{ marginTop: 8, fontStyle: 'italic' }}>
                {placeDate(doc.place, doc.date)}
              </div>
            </td>
          </tr>
        </tbody>
      </table>
      <div style={{ textAlign: 'center', marginTop: '24pt' }}>
        <div style={{ fontWeight: 700 }}>{doc.typeName.toUpperCase()}</div>
        <div style={{ fontWeight: 700, whiteSpace: 'pre-wrap' }}>{doc.summary}</div>
        <div style={rule('25%')} />
      </div>
      <div style={{ marginTop: '12pt' }}>
        {doc.opening ? <Paragraph text={doc.opening} /> : null}
        {doc.sections.map((s, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a static rendering of the sections in order
          <section key={`${i}-${s.heading.slice(0, 16)}`}>
            <Paragraph text={s.heading} bold />
            {s.paragraphs.map((p, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a static rendering of the paragraphs in order
              <Paragraph key={`${j}-${p.slice(0, 16)}`} text={p} />
            ))}
          </section>
        ))}
        {doc.closing ? <Paragraph text={doc.closing} /> : null}
      </div>
      <table style={{ width: '100%', borderCollapse: 'collapse', marginTop: '12pt' }}>
        <tbody>
          <tr>
            <td style={{ verticalAlign: 'top', width: '50%', fontSize: '11pt', lineHeight: 1.25 }}>
              <div style={{ fontWeight: 700, fontStyle: 'italic', fontSize: '12pt' }}>
                Nơi nhận:
              </div>
              {doc.recipients.map((r) => (
                <div key={r}>{r.startsWith('-') ? r : `- ${r}`}</div>
              ))}
            </td>
            <td style={{ ...cell, width: '50%', fontSize: '13pt' }}>
              {doc.authority.map((a) => (
                <div key={a} style={{ fontWeight: 700 }}>
                  {a.toUpperCase()}
                </div>
              ))}
              <div style={{ height: '70pt' }} />
              <div style={{ fontWeight: 700 }}>{doc.signerName}</div>
            </td>
          </tr>
        </tbody>
      </table>
    </article>
  );
}
