/**
 * The announcement as it will print: A4, Times New Roman, the Decree 30/2020/NĐ-CP layout —
 * the two-column header (issuing body and number | national motto and place-date), the type
 * name and summary, justified body, "Nơi nhận" beside the signature block. A preview for
 * reading; the DOCX/PDF the server renders is the document of record.
 * @module
 */
import type { DocBlock, DocRun } from '@ketluan/contracts';
import { type CSSProperties, type ReactNode, useLayoutEffect, useRef, useState } from 'react';

export interface PreviewDocument {
  supervisingBody?: string | null;
  issuingBody: string;
  numberSymbol: string | null;
  place: string;
  /** ISO date, or null while not issued. */
  date: string | null;
  typeName: string;
  summary: string;
  body: DocBlock[];
  recipients: string[];
  archiveLine: string | null;
  authority: string[];
  signerName: string | null;
}

const cell: CSSProperties = { verticalAlign: 'top', textAlign: 'center', padding: 0 };
const rule = (width: string): CSSProperties => ({
  width,
  margin: '2px auto 0',
  borderTop: '1px solid #000',
});

/** "Lạng Sơn, ngày 27 tháng 6 năm 2021"; Decree 30 pads days below 10 and months 1–2. */
export function placeDate(place: string, iso: string | null): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!m) return `${place}, ngày      tháng      năm ${new Date().getFullYear()}`;
  const month = Number(m[2]) < 3 ? (m[2] ?? '') : String(Number(m[2]));
  return `${place}, ngày ${m[3]} tháng ${month} năm ${m[1]}`;
}

/** The issuing body on two lines the way provincial documents print it. */
function bodyLines(name: string): string[] {
  const upper = name.toUpperCase();
  if (upper.includes('\n')) return upper.split('\n');
  const m = /^(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN)\s+(.+)$/.exec(upper);
  return m ? [m[1] ?? '', m[2] ?? ''] : [upper];
}

function Runs({ runs }: { runs: DocRun[] }) {
  return (
    <>
      {runs.map((r, i) => (
        <span
          // biome-ignore lint/suspicious/noArrayIndexKey: runs are rendered in order and never reordered
          key={i}
          style={{
            fontWeight: r.bold ? 700 : undefined,
            fontStyle: r.italic ? 'italic' : undefined,
            textDecoration: r.underline ? 'underline' : undefined,
          }}
        >
          {r.text}
        </span>
      ))}
    </>
  );
}

const para: CSSProperties = {
  textAlign: 'justify',
  textIndent: '1.27cm',
  margin: '0 0 6pt',
  whiteSpace: 'pre-wrap',
};

function Block({ block }: { block: DocBlock }) {
  if (block.kind === 'heading') {
    return (
      <p style={{ ...para, fontWeight: 700 }}>
        <Runs runs={block.runs} />
      </p>
    );
  }
  if (block.kind === 'list') {
    return (
      <>
        {block.items.map((runs, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: list items are rendered in order
          <p key={i} style={para}>
            <Runs runs={runs} />
          </p>
        ))}
      </>
    );
  }
  return (
    <p
      style={{
        ...para,
        textIndent: block.indent === false ? 0 : '1.27cm',
        textAlign: block.align ?? 'justify',
      }}
    >
      <Runs runs={block.runs} />
    </p>
  );
}

/** A4 width in CSS pixels (210 mm at 96 dpi). */
const PAGE_PX = 794;

/** Shows the page at its true width, scaled down to fit a narrower column. */
function FitToWidth({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setScale(Math.min(1, el.clientWidth / PAGE_PX));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} style={{ width: '100%' }}>
      <div style={{ zoom: scale, width: PAGE_PX, margin: '0 auto' }}>{children}</div>
    </div>
  );
}

export function DocumentPreview({ doc }: { doc: PreviewDocument }) {
  return (
    <FitToWidth>
      <Page doc={doc} />
    </FitToWidth>
  );
}

function Page({ doc }: { doc: PreviewDocument }) {
  const lines = bodyLines(doc.issuingBody);
  return (
    <article className="paper" aria-label={`${doc.typeName} ${doc.numberSymbol ?? ''}`} lang="vi">
      <table
        style={{ width: '100%', borderCollapse: 'collapse', fontSize: '13pt', lineHeight: 1.2 }}
      >
        <tbody>
          <tr>
            <td style={{ ...cell, width: '40%' }}>
              {doc.supervisingBody ? <div>{doc.supervisingBody.toUpperCase()}</div> : null}
              {lines.map((l, i) => (
                <div
                  key={l}
                  style={{
                    fontWeight:
                      doc.supervisingBody || i === lines.length - 1 || i === 0 ? 700 : 400,
                  }}
                >
                  {l}
                </div>
              ))}
              <div style={rule('35%')} />
              <div style={{ marginTop: 8 }}>Số: {doc.numberSymbol || '        /TB-UBND'}</div>
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
        {doc.body.map((b, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a static rendering of the blocks in order
          <Block key={i} block={b} />
        ))}
      </div>
      <table style={{ width: '100%', borderCollapse: 'collapse', marginTop: '12pt' }}>
        <tbody>
          <tr>
            <td style={{ verticalAlign: 'top', width: '50%', fontSize: '11pt', lineHeight: 1.25 }}>
              <div style={{ fontWeight: 700, fontStyle: 'italic', fontSize: '12pt' }}>
                Nơi nhận:
              </div>
              {[...doc.recipients, ...(doc.archiveLine ? [doc.archiveLine] : [])].map((r) => (
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
              <div style={{ fontWeight: 700 }}>{doc.signerName ?? ''}</div>
            </td>
          </tr>
        </tbody>
      </table>
    </article>
  );
}
