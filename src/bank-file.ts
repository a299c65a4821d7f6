import { readFileSync } from "node:fs";
import { ZodError } from "zod";
import { type Bank, parseBank } from "./core/bank-schema.ts";

/** Read and validate the question bank file (Node only); the error says what to do. */
export function readBankFile(path: string): Bank {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new Error(
      `The question bank ${path} is missing. Build it with: npm run bank -- build --sources questions/sources --out ${path}`,
    );
  }
  try {
    return parseBank(JSON.parse(text));
  } catch (error) {
    const detail =
      error instanceof ZodError
        ? error.issues
            .slice(0, 5)
            .map((i) => `${i.path.join(".")}: ${i.message}`)
            .join("; ")
        : error instanceof Error
          ? error.message
          : String(error);
    throw new Error(
      `The question bank ${path} is not valid (${detail}). Rebuild it with npm run bank -- build.`,
    );
  }
}
