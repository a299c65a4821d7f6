import { grantAdminByEmail } from "../db/accounts.ts";
import { withCliDb } from "./common.ts";

/**
 * `npm run admin -- grant EMAIL [--url URL]`: make an existing account an
 * administrator (and record it in the audit log as done from the command line),
 * for a deployment whose administrator left or that predates administrators.
 */
export async function run(args: string[]): Promise<number> {
  const [verb, email, ...rest] = args;
  if (verb !== "grant" || !email || email.startsWith("--")) {
    throw new Error("expected: admin grant EMAIL [--url URL]");
  }
  return withCliDb(rest, async (db) => {
    const granted = await grantAdminByEmail(db, email.trim().toLowerCase(), {
      at: new Date(),
      actorId: null,
      action: "admin.change",
      detail: `granted to ${email} from the command line`,
      address: "cli",
    });
    if (!granted) {
      process.stderr.write(`No account has the email ${email}; sign it up first.\n`);
      return 1;
    }
    process.stdout.write(`${email} is now an administrator.\n`);
    return 0;
  });
}
