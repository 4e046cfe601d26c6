import { z } from 'zod';
import { Role } from './auth.ts';
import { Id, Instant } from './common.ts';

export const User = z.object({
  id: Id,
  username: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  role: Role,
  orgId: Id.nullable(),
  active: z.boolean(),
  digestOnly: z.boolean(),
  createdAt: Instant,
  version: z.number().int(),
});
export type User = z.infer<typeof User>;

const Username = z
  .string()
  .trim()
  .min(3, 'Tên đăng nhập cần ít nhất 3 ký tự')
  .max(64)
  .regex(/^[a-zA-Z0-9._-]+$/, 'Tên đăng nhập chỉ gồm chữ không dấu, số, dấu chấm, gạch');

export const CreateUserBody = z.object({
  username: Username,
  password: z.string().min(8, 'Mật khẩu cần ít nhất 8 ký tự').max(256),
  name: z.string().trim().min(1, 'Chưa nhập họ tên').max(200),
  email: z.email('Email không hợp lệ').max(254).optional().nullable(),
  role: Role,
  orgId: Id.optional().nullable(),
  digestOnly: z.boolean().optional(),
});
export type CreateUserBody = z.infer<typeof CreateUserBody>;
