import { describe, expect, it } from 'vitest';
import { parseAnnouncement } from '../src/index.ts';

describe('recipients and signature', () => {
  it('reads every "Nơi nhận" line, the authority and the signer, in either column order', () => {
    const text = [
      'THÔNG BÁO',
      'Kết luận của Chủ tịch UBND tỉnh',
      '',
      'Sở Tài chính hoàn thiện dự thảo./.',
      '',
      'Nơi nhận:                                  TM. ỦY BAN NHÂN DÂN',
      '- Như trên;                                KT. CHỦ TỊCH',
      '- Lưu: VT, TH (3b).                        PHÓ CHỦ TỊCH',
      '',
      '                                           Đinh Công Sứ',
    ].join('\n');
    const result = parseAnnouncement(text);
    expect(result.recipients.map((r) => r.value)).toEqual(['Như trên', 'Lưu: VT, TH (3b)']);
    expect(result.signingAuthority.map((a) => a.value)).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
    ]);
    expect(result.signer?.value).toBe('Đinh Công Sứ');
    expect(result.text.slice(...(result.signer?.span ?? [0, 0]))).toBe('Đinh Công Sứ');
  });

  it('accepts TUQ. and Q. authorities and a signer after "(Đã ký)"', () => {
    const result = parseAnnouncement(
      'THÔNG BÁO\nKết luận\n\nNội dung./.\n\nTUQ. CHỦ TỊCH\nGIÁM ĐỐC SỞ NỘI VỤ\n(Đã ký)\nLò Văn Mừng',
    );
    expect(result.signingAuthority.map((a) => a.value)).toEqual([
      'TUQ. CHỦ TỊCH',
      'GIÁM ĐỐC SỞ NỘI VỤ',
    ]);
    expect(result.signer?.value).toBe('Lò Văn Mừng');
  });

  it('warns when nobody signed', () => {
    expect(
      parseAnnouncement('THÔNG BÁO\nKết luận\n\nNội dung.').warnings.map((w) => w.code),
    ).toContain('no-signer');
  });
});
