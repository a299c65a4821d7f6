/*
 * Command line entry: `tsx src/cli.ts <command> [args]`. Each command lives in
 * src/cli/<command>.ts and is loaded on demand, so a command's dependencies
 * (the FSRS optimizer binding, for one) are only loaded when it runs.
 */

export {};

type Command = { run(args: string[]): Promise<number> };

const commands: Record<string, () => Promise<Command>> = {
  admin: () => import("./cli/admin.ts"),
  assets: () => import("./cli/assets.ts"),
  bank: () => import("./cli/bank.ts"),
  migrate: () => import("./cli/migrate.ts"),
  optimize: () => import("./cli/optimize.ts"),
  "seed-demo": () => import("./cli/seed-demo.ts"),
};

const [name, ...args] = process.argv.slice(2);
const load = name === undefined ? undefined : commands[name];
if (load === undefined) {
  process.stderr.write(
    `usage: tsx src/cli.ts <${Object.keys(commands).join("|")}> [args]\n` +
      "  admin grant EMAIL [--url URL]\n" +
      "  bank build --sources DIR --out FILE\n" +
      "  bank grade --bank FILE --question ID --answer TEXT\n" +
      "  migrate [--url URL]\n" +
      "  optimize [--url URL]\n" +
      "  seed-demo [--url URL]\n",
  );
  process.exit(2);
}
try {
  const command = await load();
  process.exitCode = await command.run(args);
} catch (error) {
  // Expected failures (bad configuration, a refused migration, a wrong flag) are explained, not dumped.
  process.stderr.write(`${name}: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
