import type { Command } from 'commander';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { bootstrap, createContext } from '../../context.ts';
import { type ReminderScheduler, startReminderScheduler } from '../../modules/notify/scheduler.ts';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Start the HTTP server (what `npm start` runs)')
    .option('-p, --port <port>', 'port (overrides PORT)')
    .option('--host <host>', 'address (overrides HOST)')
    .action(async (opts: { port?: string; host?: string }) => {
      const config = loadConfig({
        ...process.env,
        ...(opts.port ? { PORT: opts.port } : {}),
        ...(opts.host ? { HOST: opts.host } : {}),
      });
      const ctx = await createContext(config);
      const report = await bootstrap(ctx);
      const app = await buildApp(ctx);
      if (report.orgsLoaded) app.log.info({ orgs: report.orgsLoaded }, 'org directory loaded');
      if (report.demoImported) app.log.info('demo announcement 346/TB-UBND imported');
      if (report.generatedAdminPassword) {
        process.stdout.write(
          [
            '',
            '  Tài khoản quản trị đã được tạo / Admin account created:',
            '    username: admin',
            `    password: ${report.generatedAdminPassword}`,
            '  Mật khẩu chỉ hiển thị một lần. This password is shown only once.',
            '',
          ].join('\n'),
        );
      }
      let reminders: ReminderScheduler | undefined;
      const shutdown = async (signal: string) => {
        app.log.info({ signal }, 'shutting down');
        await reminders?.stop();
        await app.close();
        await ctx.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void shutdown('SIGINT'));
      process.once('SIGTERM', () => void shutdown('SIGTERM'));
      await app.listen({ port: config.port, host: config.host });
      reminders = startReminderScheduler({ ...ctx, ...ctx.services, log: app.log });
      await new Promise(() => {}); // serve until a signal arrives
    });
}
