import type { Engine } from './store/engine';

export interface BenchArgs {
  quick: boolean;
  engines: Engine[];
  /** Run the server process under `node --cpu-prof` (profiles in the system's temp folder). */
  profile: boolean;
}

const USAGE = 'usage: npm run bench -- [--quick] [--engine sqlite|postgres|both] [--profile]';

export function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { quick: false, engines: ['sqlite', 'postgres'], profile: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [name, inline] = arg.split('=', 2) as [string, string | undefined];
    if (name === '--quick') args.quick = true;
    else if (name === '--profile') args.profile = true;
    else if (name === '--engine') {
      const value = inline ?? argv[++i];
      if (value === 'both') args.engines = ['sqlite', 'postgres'];
      else if (value === 'sqlite' || value === 'postgres') args.engines = [value];
      else throw new Error(`--engine must be sqlite, postgres or both\n${USAGE}`);
    } else if (name === '--help' || name === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown argument ${arg}\n${USAGE}`);
  }
  return args;
}
