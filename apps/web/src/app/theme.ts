import type { ThemeConfig } from 'antd';

/** Calm, legible, institutional: deep blue, restrained red accent, generous spacing. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1d4f91',
    colorInfo: '#1d4f91',
    colorSuccess: '#2e7d32',
    colorWarning: '#b7791f',
    colorError: '#b42318',
    borderRadius: 6,
    fontFamily:
      "'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Liberation Sans', sans-serif",
    fontSize: 14,
    // Light tints of the status colours (the derived ones look muddy with these darker bases).
    colorSuccessBg: '#edf7ee',
    colorSuccessBorder: '#b7dfb9',
    colorWarningBg: '#fff8e6',
    colorWarningBorder: '#f3d58a',
    colorErrorBg: '#fdecea',
    colorErrorBorder: '#f5c2bd',
    colorInfoBg: '#eaf1fb',
    colorInfoBorder: '#bcd0ee',
  },
  components: {
    Layout: { siderBg: '#15233b', headerBg: '#ffffff', bodyBg: '#f4f5f7' },
    Menu: { darkItemBg: '#15233b', darkSubMenuItemBg: '#101b2e', darkItemSelectedBg: '#1d4f91' },
  },
};
