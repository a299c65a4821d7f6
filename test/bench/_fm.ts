import { findMentions } from "../../src/core/dates/extract.ts";

console.log(JSON.stringify(findMentions(process.argv[2] ?? ""), null, 0));
