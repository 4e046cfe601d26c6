import {
  LogoutOutlined,
  MenuFoldOutlined,
  MenuUnfoldOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Avatar, Button, Dropdown, Grid, Layout, Menu, type MenuProps, Typography } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useLogout, useMe } from '../api/auth.ts';
import { LanguageSwitch } from '../components/language-switch.tsx';
import { type MessageKey, useT } from '../i18n/index.tsx';
import { type NavItem, navFor, selectedNavKey } from './nav.tsx';
import { NotificationBell } from './notification-bell.tsx';

// Phones only: the menu opens in a drawer, loaded when first needed.
const Drawer = lazy(() => import('antd/es/drawer'));

function Brand({ compact }: { compact?: boolean }) {
  const t = useT();
  return (
    <div className="app-brand">
      <img src="/favicon.svg" alt="" width={28} height={28} />
      {compact ? null : (
        <span>
          {t('app.name')}
          <small>{t('app.owner')}</small>
        </span>
      )}
    </div>
  );
}

export function AppLayout() {
  const t = useT();
  const screens = Grid.useBreakpoint();
  // Breakpoints are unknown on the first render: assume a wide screen until told otherwise.
  const narrow = screens.md === false; // phones: the menu is a drawer
  const [collapsed, setCollapsed] = useState<boolean | null>(null);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const isCollapsed = collapsed ?? screens.xl === false; // tablets start with an icon rail
  const { data: me } = useMe();
  const logout = useLogout();
  const navigate = useNavigate();
  const location = useLocation();

  const nav = useMemo(() => (me ? navFor(me.role) : []), [me]);
  const toMenu = (items: NavItem[]): MenuProps['items'] =>
    items.map((n) => ({
      key: n.path,
      icon: n.icon,
      label: t(n.label),
      children: n.children ? toMenu(n.children) : undefined,
    }));
  const selected = selectedNavKey(nav, location.pathname);
  const menu = (
    <nav aria-label={t('nav.main')}>
      <Menu
        theme="dark"
        mode="inline"
        items={toMenu(nav)}
        selectedKeys={selected ? [selected] : []}
        defaultOpenKeys={location.pathname.startsWith('/admin') ? ['/admin'] : []}
        onClick={({ key }) => {
          setDrawerOpen(false);
          navigate(key);
        }}
      />
    </nav>
  );

  if (!me) return null;
  const userMenu: MenuProps['items'] = [
    {
      key: 'who',
      disabled: true,
      label: (
        <div style={{ lineHeight: 1.4 }}>
          <div style={{ fontWeight: 600, color: 'rgba(0,0,0,0.88)' }}>{me.name}</div>
          <div>{t(`role.${me.role}` as MessageKey)}</div>
          {me.orgName ? <div>{me.orgName}</div> : null}
        </div>
      ),
    },
    { type: 'divider' },
    {
      key: 'logout',
      icon: <LogoutOutlined />,
      label: t('auth.logout'),
      danger: true,
      onClick: () =>
        logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) }),
    },
  ];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main">
        {t('a11y.skip')}
      </a>
      {narrow ? (
        <Suspense fallback={null}>
          <Drawer
            placement="left"
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            size={260}
            styles={{ body: { padding: 0, background: '#15233b' }, header: { display: 'none' } }}
          >
            <Brand />
            {menu}
          </Drawer>
        </Suspense>
      ) : (
        <Layout.Sider
          width={248}
          collapsedWidth={64}
          collapsed={isCollapsed}
          trigger={null}
          style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
        >
          <Brand compact={isCollapsed} />
          {menu}
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header
          className="app-header"
          style={{ padding: '0 16px', background: '#fff', height: 56, lineHeight: '56px' }}
        >
          <Button
            type="text"
            aria-label={t(isCollapsed && !narrow ? 'nav.expand' : 'nav.toggle')}
            aria-expanded={narrow ? drawerOpen : !isCollapsed}
            icon={narrow || isCollapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
            onClick={() => (narrow ? setDrawerOpen(true) : setCollapsed(!isCollapsed))}
          />
          <Typography.Text strong className="hide-narrow" ellipsis style={{ flex: 1, minWidth: 0 }}>
            {me.orgName ?? t('app.owner')}
          </Typography.Text>
          <span style={{ flex: narrow ? 1 : 0 }} />
          <LanguageSwitch size="small" />
          <NotificationBell />
          <Dropdown menu={{ items: userMenu }} trigger={['click']} placement="bottomRight">
            <Button
              type="text"
              aria-label={t('auth.userMenu')}
              data-testid="user-menu"
              style={{ height: 40 }}
            >
              <Avatar size="small" icon={<UserOutlined />} style={{ background: '#1d4f91' }} />
              <span className="hide-narrow" style={{ marginLeft: 8 }}>
                {me.name}
              </span>
            </Button>
          </Dropdown>
        </Layout.Header>
        <Layout.Content>
          <main id="main" tabIndex={-1} className="app-content">
            <Outlet />
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
