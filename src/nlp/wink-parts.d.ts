// The parts of wink-eng-lite-web-model that src/nlp/wink-model.ts assembles (and the verb
// exceptions src/core/nlp/inflect.ts reads); the package declares only its entry point.
declare module "wink-eng-lite-web-model/dist/feature.js" {
  const part: unknown;
  export default part;
}
declare module "wink-eng-lite-web-model/dist/lemmatize.js" {
  const part: unknown;
  export default part;
}
declare module "wink-eng-lite-web-model/dist/load-cer-meta-model.js" {
  const part: unknown;
  export default part;
}
declare module "wink-eng-lite-web-model/dist/load-negation-model.js" {
  const part: unknown;
  export default part;
}
declare module "wink-eng-lite-web-model/dist/load-pos-model.js" {
  const part: unknown;
  export default part;
}
declare module "wink-eng-lite-web-model/dist/load-sbd-model.js" {
  const part: unknown;
  export default part;
}
declare module "wink-eng-lite-web-model/dist/porter-stemmer.js" {
  const part: unknown;
  export default part;
}
declare module "wink-eng-lite-web-model/dist/readability-stats.js" {
  const part: unknown;
  export default part;
}
declare module "wink-eng-lite-web-model/dist/wn-verb-exceptions.js" {
  const part: unknown;
  export default part;
}
declare module "wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json" {
  const model: Record<string, unknown>;
  export default model;
}
