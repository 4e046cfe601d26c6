/** Builders of small announcements for unit tests. */

/** A minimal announcement around `body` (header, opening, closing and signature). */
export function announcement(
  body: string,
  options: { date?: string; number?: string } = {},
): string {
  const date = options.date ?? 'ngày 10 tháng 3 năm 2024';
  return [
    'ỦY BAN NHÂN DÂN',
    'TỈNH HÒA BÌNH',
    `Số: ${options.number ?? '100/TB-UBND'}`,
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    `Hòa Bình, ${date}`,
    '',
    'THÔNG BÁO',
    'Kết luận của Chủ tịch UBND tỉnh tại phiên họp UBND tỉnh',
    '',
    'Ngày 07/3/2024, đồng chí Bùi Văn Khánh, Chủ tịch UBND tỉnh chủ trì phiên họp. Chủ tịch UBND tỉnh kết luận như sau:',
    '',
    body,
    '',
    'Nơi nhận:',
    '- Như trên;',
    '- Lưu: VT.',
    '',
    'TL. CHỦ TỊCH',
    'CHÁNH VĂN PHÒNG',
    '',
    'Nguyễn Văn Nam',
  ].join('\n');
}
