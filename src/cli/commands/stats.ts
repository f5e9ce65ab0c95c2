import type { Command } from 'commander';
import { storeStats } from '../../app/stats.js';
import { formatJson } from '../output.js';
import { usingStore, withDbOption } from '../store-option.js';

/** Registers `sitrep stats`: what the store holds. */
export function registerStats(program: Command): void {
  withDbOption(program.command('stats'))
    .description('count what the store holds')
    .option('--json', 'as JSON')
    .action(async (options: { db?: string; json?: boolean }) => {
      const stats = await usingStore(options.db, (store) => storeStats(store));
      const lines = Object.entries(stats).map(([k, v]) => `${k.padEnd(12)} ${typeof v === 'object' ? Object.entries(v).map(([a, n]) => `${a}=${n}`).join(' ') || '-' : v}`);
      process.stdout.write((options.json ? formatJson(stats, false) : lines.join('\n')) + '\n');
    });
}
