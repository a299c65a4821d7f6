import featureFn from "wink-eng-lite-web-model/dist/feature.js";
import lemmatize from "wink-eng-lite-web-model/dist/lemmatize.js";
import loadCerMeta from "wink-eng-lite-web-model/dist/load-cer-meta-model.js";
import loadNegation from "wink-eng-lite-web-model/dist/load-negation-model.js";
import loadPos from "wink-eng-lite-web-model/dist/load-pos-model.js";
import loadSbd from "wink-eng-lite-web-model/dist/load-sbd-model.js";
import stem from "wink-eng-lite-web-model/dist/porter-stemmer.js";
import readabilityStats from "wink-eng-lite-web-model/dist/readability-stats.js";
import type { Model } from "wink-nlp";

/*
 * wink-eng-lite-web-model (MIT, © GRAYPE Systems), assembled from its parts with the
 * core model given as data. The package's own entry requires the 3 MB core model
 * JSON, which would triple the Worker bundle; the Worker fetches that file from
 * its static assets instead (src/nlp/worker.ts) and Node imports it (node.ts). Both
 * go through this assembly, which mirrors the package's model.js, read-core-model.js
 * and load-core-model.js of the exact version pinned in package.json.
 */

/** The core model file: `dist/languages/cur/models/eng-core-web-model.json`. */
export type CoreModelData = Record<string, unknown>;

type Layout = Record<string, number[]>;
type Feature = {
  list: string[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
};

function bufferFromBase64(data: string): ArrayBuffer {
  const decoded = atob(data);
  const bytes = new Uint8Array(decoded.length);
  for (let k = 0; k < decoded.length; k++) bytes[k] = decoded.charCodeAt(k);
  return bytes.buffer;
}

/** The core model ready for wink-nlp: read-core-model.js followed by load-core-model.js. */
function readCore(data: CoreModelData): unknown {
  // biome-ignore lint/suspicious/noExplicitAny: the model's shape is the package's internal format.
  const model: any = structuredClone(data);
  const layout: Layout = model.packing.layout;
  const features: Record<string, Feature> = model.features;
  model.lexicon = new Uint32Array(bufferFromBase64(model.lexicon));
  model.xpansions = new Uint32Array(bufferFromBase64(model.xpansions));
  for (const f in layout) {
    if (layout[f]?.[3] !== 0) continue;
    const feature = features[f] as Feature;
    feature.hash = Object.create(null) as Record<string, number>;
    feature.list.forEach((v, k) => {
      (feature.hash as Record<string, number>)[v] = k;
    });
  }
  const lexeme = features.lexeme as Feature;
  lexeme.hash = Object.create(null) as Record<string, number>;
  lexeme.list.forEach((v, k) => {
    (lexeme.hash as Record<string, number>)[v] = k;
  });
  const clusters = (features.posClusters as Feature).list as unknown as (string | Set<number>)[];
  for (let k = 0; k < clusters.length; k++) {
    clusters[k] = new Set(
      String(clusters[k])
        .split("_")
        .map((e) => model.pos.hash[e] || 0),
    );
  }
  model.packing.efList = [];
  for (const f in layout) {
    const spec = layout[f] as number[];
    const feature = features[f] as Feature;
    if (spec[3] === 0) {
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = (spec[1] as number) >>> (spec[2] as number);
    }
    if (spec[4] === 1) model.packing.efList.push(f);
  }
  lexeme.intrinsicSize = lexeme.list.length;
  lexeme.index = lexeme.list.length;
  return model;
}

/** The English lite web model with its core read from `data`. */
export function winkModel(data: CoreModelData): Model {
  const model = Object.create(null);
  model.core = () => readCore(data);
  model.sbd = loadSbd;
  model.pos = loadPos;
  // wink loads every annotator's machines whatever the pipe; the bank runs only "pos", so
  // entity recognition gets none and sentiment the small negation machine, which keeps
  // 120 KB (gzipped) of models we never run out of the bundles.
  model.ner = () => ({ machines: [], transformers: [] });
  model.negation = loadNegation;
  model.sa = loadNegation;
  model.metaCER = loadCerMeta;
  model.featureFn = featureFn;
  model.addons = Object.create(null);
  model.addons.stem = stem;
  model.addons.lemmatize = lemmatize;
  model.addons.readabilityStats = readabilityStats;
  model.addons.wordVectors = undefined;
  return model as Model;
}
