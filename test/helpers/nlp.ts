import type { BuildOptions } from "../../src/core/bank-build.ts";
import { nodeNlp } from "../../src/nlp/node.ts";

/** Build options for tests: the Node tagger, questions included. */
export const NLP: BuildOptions = { nlp: nodeNlp() };
