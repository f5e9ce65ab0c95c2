/**
 * `npm run eval -- NAME`: prints the scores of one evaluation on the shared corpora.
 * Each evaluation is `eval/NAME.ts`, exporting `run(): Promise<void>` that prints its table.
 */
const name = process.argv[2];
if (!name || !/^[a-z-]+$/.test(name)) {
  process.stderr.write('usage: npm run eval -- <meantime|times|quantities|claims|events|…>\n');
  process.exit(2);
}
try {
  const module = (await import(`./${name}.ts`)) as { run: () => Promise<void> };
  await module.run();
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') {
    process.stderr.write(`eval: no evaluation named "${name}" (eval/${name}.ts)\n`);
    process.exit(2);
  }
  throw error;
}
