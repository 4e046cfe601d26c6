import type { Kysely } from 'kysely';
import type { Database, NewUser, UserRow } from '../../db/schema.ts';

export function createUsersRepository(db: Kysely<Database>) {
  return {
    findById: (id: string) =>
      db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst(),
    findByUsername: (username: string) =>
      db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst(),
    list: () => db.selectFrom('users').selectAll().orderBy('username').execute(),
    count: async () =>
      Number(
        (
          await db
            .selectFrom('users')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    async insert(trx: Kysely<Database>, user: NewUser): Promise<UserRow> {
      await trx.insertInto('users').values(user).execute();
      return trx
        .selectFrom('users')
        .selectAll()
        .where('id', '=', user.id)
        .executeTakeFirstOrThrow();
    },
  };
}
export type UsersRepository = ReturnType<typeof createUsersRepository>;
