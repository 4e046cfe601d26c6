/**
 * The sidebar, by role. Agencies see their own work; the Office runs meetings, imports and
 * announcements; leaders and viewers read; the admin also manages users, orgs and the calendar.
 * @module
 */
import {
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  CalendarOutlined,
  DashboardOutlined,
  FileTextOutlined,
  HomeOutlined,
  ImportOutlined,
  ScheduleOutlined,
  SettingOutlined,
  TeamOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import type { Role } from '@ketluan/contracts';
import type { ReactNode } from 'react';
import type { MessageKey } from '../i18n/index.tsx';

export interface NavItem {
  path: string;
  label: MessageKey;
  icon: ReactNode;
  roles: readonly Role[];
  children?: NavItem[];
}

const ALL: readonly Role[] = ['admin', 'office', 'leader', 'agency', 'viewer'];
const STAFF: readonly Role[] = ['admin', 'office', 'leader', 'viewer'];
const OFFICE: readonly Role[] = ['admin', 'office'];

export const NAV: NavItem[] = [
  { path: '/agency', label: 'nav.agencyHome', icon: <HomeOutlined />, roles: ['agency'] },
  { path: '/dashboard', label: 'nav.dashboard', icon: <DashboardOutlined />, roles: STAFF },
  { path: '/tasks', label: 'nav.tasks', icon: <UnorderedListOutlined />, roles: ALL },
  { path: '/reports', label: 'nav.reports', icon: <BarChartOutlined />, roles: ALL },
  { path: '/meetings', label: 'nav.meetings', icon: <ScheduleOutlined />, roles: STAFF },
  { path: '/imports', label: 'nav.imports', icon: <ImportOutlined />, roles: OFFICE },
  { path: '/announcements', label: 'nav.announcements', icon: <FileTextOutlined />, roles: STAFF },
  {
    path: '/admin',
    label: 'nav.admin',
    icon: <SettingOutlined />,
    roles: ['admin'],
    children: [
      { path: '/admin/users', label: 'nav.users', icon: <TeamOutlined />, roles: ['admin'] },
      { path: '/admin/orgs', label: 'nav.orgs', icon: <BankOutlined />, roles: ['admin'] },
      {
        path: '/admin/holidays',
        label: 'nav.holidays',
        icon: <CalendarOutlined />,
        roles: ['admin'],
      },
      { path: '/admin/settings', label: 'nav.settings', icon: <AuditOutlined />, roles: ['admin'] },
    ],
  },
];

export function navFor(role: Role): NavItem[] {
  return NAV.filter((n) => n.roles.includes(role)).map((n) =>
    n.children ? { ...n, children: n.children.filter((c) => c.roles.includes(role)) } : n,
  );
}

/** The menu key to highlight for a location: the longest nav path that prefixes it. */
export function selectedNavKey(items: NavItem[], pathname: string): string | undefined {
  const flat = items.flatMap((n) => [n, ...(n.children ?? [])]);
  return flat
    .filter((n) => pathname === n.path || pathname.startsWith(`${n.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0]?.path;
}
