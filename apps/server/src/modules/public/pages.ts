/**
 * The public HTML pages: the list of published announcements and one announcement with its
 * text (and, if the Office chose, the progress of its tasks). No script, no template engine:
 * every piece of user text goes through the escaping `html` tag.
 * @module
 */
import type { Announcement, DocBlock, DocRun } from '@ketluan/contracts';
import { formatDateLine, formatRecipientLines } from '@ketluan/docgen';
import { stateLabel } from '../announcements/labels.ts';
import type { PublishedAnnouncement } from '../announcements/published.ts';
import { shortDate } from '../announcements/wording.ts';
import { Html, html } from './html.ts';

const STYLE = `body{font-family:"Times New Roman",Tinos,serif;max-width:780px;margin:2rem auto;padding:0 1rem;color:#111;line-height:1.5}
header.doc{display:flex;justify-content:space-between;gap:1rem;text-align:center;font-size:.95rem}
header.doc .left,header.doc .right{flex:1}.upper{text-transform:uppercase}.b{font-weight:bold}
h1{text-align:center;font-size:1.2rem;margin:1.5rem 0 .25rem}.summary{text-align:center;font-weight:bold;white-space:pre-line}
.body p{text-align:justify;text-indent:1.27cm;margin:.4rem 0}.body p.h{font-weight:bold}
.closing{display:flex;justify-content:space-between;gap:2rem;margin-top:1.5rem}.closing .left{font-size:.85rem}
.closing .right{text-align:center}table{border-collapse:collapse;width:100%;font-size:.9rem}
td,th{border:1px solid #999;padding:.3rem .5rem;text-align:left;vertical-align:top}
ul.list{list-style:none;padding:0}ul.list li{border-bottom:1px solid #ddd;padding:.6rem 0}
.meta{color:#555;font-size:.9rem}nav{margin-bottom:1rem;font-size:.9rem}`;

function layout(title: string, body: Html, feedHref: string): string {
  return html`<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="alternate" type="application/atom+xml" title="Thông báo kết luận" href="${feedHref}">
<style>${new Html(STYLE)}</style></head>
<body>${body}</body></html>`.value;
}

const lines = (text: string) => text.split('\n').map((l, i) => (i ? html`<br>${l}` : html`${l}`));

function runs(rs: readonly DocRun[]): Html[] {
  return rs.map((r) => {
    let out = html`${r.text}`;
    if (r.italic) out = html`<em>${out}</em>`;
    if (r.bold) out = html`<strong>${out}</strong>`;
    if (r.underline) out = html`<u>${out}</u>`;
    return out;
  });
}

function blocks(bs: readonly DocBlock[]): Html[] {
  return bs.flatMap((b) => {
    if (b.kind === 'heading') return [html`<p class="h">${runs(b.runs)}</p>`];
    if (b.kind === 'paragraph') return [html`<p>${runs(b.runs)}</p>`];
    return b.items.map(
      (item, i) =>
        html`<p>${b.ordered ? `${String.fromCharCode(97 + i)}) ` : '- '}${runs(item)}</p>`,
    );
  });
}

/** The list of published announcements. */
export function listPage(items: Announcement[]): string {
  const rows = items.map(
    (
      a,
    ) => html`<li><a href="/public/announcements/${encodeURIComponent(a.id)}">${a.numberSymbol ? `Thông báo số ${a.numberSymbol}` : 'Thông báo'}</a>
<div>${a.summary.replace(/\s*\n\s*/g, ' ')}</div>
<div class="meta">${a.issuedDate ? `Ngày ban hành: ${shortDate(a.issuedDate)}` : ''}${a.correctsId ? ' · Văn bản đính chính' : ''}</div></li>`,
  );
  const body = html`<h1>Thông báo kết luận đã ban hành</h1>
<p class="meta">Các thông báo kết luận được công khai. <a href="/public/announcements.atom">Theo dõi qua Atom</a>.</p>
${items.length ? html`<ul class="list">${rows}</ul>` : html`<p>Chưa có thông báo nào được công khai.</p>`}`;
  return layout('Thông báo kết luận đã ban hành', body, '/public/announcements.atom');
}

function progressTable(progress: NonNullable<PublishedAnnouncement['progress']>): Html {
  if (!progress.length) return html`<p>Thông báo không giao nhiệm vụ.</p>`;
  const rows = progress.map(
    (t) =>
      html`<tr><td>${t.ownerName}</td><td>${t.title}</td><td>${t.deadlineText ?? (t.dueDate ? shortDate(t.dueDate) : 'Không có thời hạn')}</td><td>${stateLabel(t.status, t.timeliness)}</td></tr>`,
  );
  return html`<table><thead><tr><th>Cơ quan chủ trì</th><th>Nhiệm vụ</th><th>Thời hạn</th><th>Tình hình</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** One published announcement. */
export function announcementPage({
  announcement: a,
  document: d,
  progress,
}: PublishedAnnouncement): string {
  const recipients = formatRecipientLines(d.recipients).map((l) => html`${l}<br>`);
  const body = html`<nav><a href="/public/announcements">← Danh sách thông báo</a></nav>
<article>
<header class="doc"><div class="left">${d.supervisingBody ? html`<div class="upper">${d.supervisingBody}</div>` : ''}<div class="upper b">${lines(d.issuingBody)}</div><div>Số: ${d.numberSymbol}</div></div>
<div class="right"><div class="b">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div><div class="b">Độc lập - Tự do - Hạnh phúc</div><div><em>${formatDateLine(d.place, d.date)}</em></div></div></header>
<h1 class="upper">${d.typeName}</h1>
<div class="summary">${d.summary}</div>
<div class="body">${blocks(d.body)}</div>
<div class="closing"><div class="left"><strong><em>Nơi nhận:</em></strong><br>${recipients}</div>
<div class="right">${d.signature.authority.map((l) => html`<div class="upper b">${l}</div>`)}<p>&nbsp;</p><div class="b">${d.signature.signerName}</div></div></div>
</article>
${progress ? html`<h2>Tình hình thực hiện nhiệm vụ</h2>${progressTable(progress)}` : ''}
${a.correctsId ? html`<p class="meta">Văn bản này đính chính <a href="/public/announcements/${encodeURIComponent(a.correctsId)}">thông báo trước</a>.</p>` : ''}`;
  return layout(`Thông báo ${a.numberSymbol ?? ''}`.trim(), body, '/public/announcements.atom');
}
