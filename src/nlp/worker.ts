import winkNLP from "wink-nlp";
import { taggerFrom } from "../core/nlp/language.ts";
import type { Nlp } from "../core/nlp/tokens.ts";
import { type CoreModelData, winkModel } from "./wink-model.ts";

/*
 * The tagger on Workers: the core model (3 MB of JSON, 0.8 MB gzipped) is one of
 * the Worker's static assets, fetched once per isolate the first time a document
 * is processed, so the Worker bundle stays small (src/cli/assets.ts copies it).
 */

/** A loader of the Worker tagger; `fetchAsset` reads a static asset by path. */
export function workerNlp(
  fetchAsset: (path: string) => Promise<Response>,
  path: string,
): () => Promise<Nlp> {
  let loading: Promise<Nlp> | null = null;
  return () => {
    loading ??= fetchAsset(path)
      .then(async (response) => {
        if (!response.ok)
          throw new Error(`the language model is missing (${response.status} for ${path})`);
        const data = (await response.json()) as CoreModelData;
        return taggerFrom(winkNLP(winkModel(data), ["pos"]));
      })
      .catch((error: unknown) => {
        loading = null;
        throw error;
      });
    return loading;
  };
}
