import core from "wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json" with {
  type: "json",
};
import winkNLP from "wink-nlp";
import { taggerFrom } from "../core/nlp/language.ts";
import type { Nlp } from "../core/nlp/tokens.ts";
import { type CoreModelData, winkModel } from "./wink-model.ts";

/*
 * The tagger on Node (the server, the CLI, tests and benchmarks): the core model
 * file is imported directly. It is loaded on first use, not at start-up, because
 * only building a bank needs it.
 */

let instance: Nlp | null = null;

/** The Node tagger, created on first call. */
export function nodeNlp(): Nlp {
  instance ??= taggerFrom(winkNLP(winkModel(core as CoreModelData), ["pos"]));
  return instance;
}
