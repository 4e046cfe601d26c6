#!/usr/bin/env node
// The `ketluan` command. The server runs from its TypeScript sources through tsx, so there is
// no build step between `npm install` and `npm start`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
