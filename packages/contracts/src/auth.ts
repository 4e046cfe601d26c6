import { z } from 'zod';
import { Id } from './common.ts';

/** Roles, from the widest to the narrowest. */
export const ROLES = ['admin', 'office', 'leader', 'agency', 'viewer'] as const;
export const Role = z.enum(ROLES).describe('admin | office | leader | agency | viewer');
export type Role = z.infer<typeof Role>;

export const LoginBody = z.object({
  username: z.string().trim().min(1, 'Chưa nhập tên đăng nhập').max(64),
  password: z.string().min(1, 'Chưa nhập mật khẩu').max(256),
});
export type LoginBody = z.infer<typeof LoginBody>;

export const Me = z.object({
  id: Id,
  username: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  role: Role,
  orgId: Id.nullable(),
  orgName: z.string().nullable(),
  digestOnly: z.boolean().describe('Reminders by the daily digest e-mail only'),
});
export type Me = z.infer<typeof Me>;

/** What a user may change about themselves. */
export const UpdateMeBody = z.object({
  digestOnly: z.boolean().optional(),
});
export type UpdateMeBody = z.infer<typeof UpdateMeBody>;
