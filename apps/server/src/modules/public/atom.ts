/**
 * The Atom feed (RFC 4287) of published announcements: one entry per issued public
 * announcement, newest first, each linking to its public page.
 * @module
 */
import type { Announcement } from '@ketluan/contracts';
import { escapeHtml } from './html.ts';

const x = escapeHtml;
const EPOCH = '2000-01-01T00:00:00.000Z';

/** Entry title: "Thông báo 346/TB-UBND: Kết luận …". */
export function entryTitle(a: Announcement): string {
  const summary = a.summary.replace(/\s*\n\s*/g, ' ');
  return a.numberSymbol ? `Thông báo ${a.numberSymbol}: ${summary}` : summary;
}

/** The feed document; `base` is the site's origin ("https://ketluan.example.vn"). */
export function atomFeed(base: string, items: Announcement[], bodyName: string): string {
  const updated = items.reduce(
    (max, a) => ((a.issuedAt ?? '') > max ? (a.issuedAt ?? max) : max),
    EPOCH,
  );
  const entries = items.map((a) => {
    const link = `${base}/public/announcements/${encodeURIComponent(a.id)}`;
    const when = a.issuedAt ?? a.updatedAt;
    return [
      '  <entry>',
      `    <id>urn:uuid:${x(a.id)}</id>`,
      `    <title>${x(entryTitle(a))}</title>`,
      `    <link rel="alternate" type="text/html" href="${x(link)}"/>`,
      `    <published>${x(when)}</published>`,
      `    <updated>${x(when)}</updated>`,
      `    <summary>${x(`${a.issuedDate ? `Ngày ${a.issuedDate.split('-').reverse().join('/')}. ` : ''}${a.summary.replace(/\s*\n\s*/g, ' ')}`)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">',
    `  <id>${x(`${base}/public/announcements`)}</id>`,
    '  <title>Thông báo kết luận đã ban hành</title>',
    `  <updated>${x(updated)}</updated>`,
    `  <author><name>${x(bodyName)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${x(`${base}/public/announcements.atom`)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(`${base}/public/announcements`)}"/>`,
    '  <generator>ketluan</generator>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
