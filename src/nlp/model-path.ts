/** Where the Worker's static assets hold the tagger's core model (copied by `npm run assets`). */
export const NLP_MODEL_PATH = "/nlp/eng-core-web-model.json";
