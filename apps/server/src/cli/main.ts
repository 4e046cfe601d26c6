/**
 * The `ketluan` command line: one file per command under `commands/`, each thin over the
 * same context and services as the HTTP app.
 * @module
 */
import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config.ts';
import { registerAudit } from './commands/audit.ts';
import { registerBackup } from './commands/backup.ts';
import { registerImport } from './commands/import.ts';
import { registerMigrate } from './commands/migrate.ts';
import { registerParse } from './commands/parse.ts';
import { registerRemind } from './commands/remind.ts';
import { registerRender } from './commands/render.ts';
import { registerReport } from './commands/report.ts';
import { registerRestore } from './commands/restore.ts';
import { registerServe } from './commands/serve.ts';

export function buildProgram(): Command {
  const program = new Command('ketluan')
    .description(
      'ketluan — theo dõi thực hiện kết luận cuộc họp UBND (follow-up of meeting conclusions)',
    )
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  registerServe(program);
  registerMigrate(program);
  registerParse(program);
  registerImport(program);
  registerAudit(program);
  registerRender(program);
  registerBackup(program);
  registerRestore(program);
  registerRemind(program);
  registerReport(program);
  return program;
}

/** Runs the command line; resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return process.exitCode === undefined ? 0 : Number(process.exitCode);
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      return 78; // EX_CONFIG
    }
    process.stderr.write(`ketluan: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}
