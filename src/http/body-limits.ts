import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv } from "./env.ts";
import { TooLargeError } from "./errors.ts";

/*
 * Every request body has a limit, checked before anything reads it: a
 * Content-Length over the limit is refused at once without reading a byte, and a
 * body sent without one (chunked) is read only up to the limit. Forms get a few
 * kilobytes; only the document uploads get the upload limit.
 */

/** Routes whose bodies are documents, and the most they may carry (the file plus the form's envelope). */
const UPLOAD_ROUTES = /^\/documents(\/col_[0-9a-z]{1,40}\/version)?\/?$/;
const UPLOAD_ENVELOPE = 64 * 1024;

const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

export function bodyLimits(limits: {
  formMaxBytes: number;
  uploadMaxBytes: number;
}): MiddlewareHandler<AppEnv> {
  const upload = bodyLimit({
    maxSize: limits.uploadMaxBytes + UPLOAD_ENVELOPE,
    onError: () => {
      throw new TooLargeError(
        `That document is larger than ${Math.round(limits.uploadMaxBytes / 1024 / 1024)} MB, the most one upload may be. Nothing was saved. Split it into smaller parts and upload each.`,
      );
    },
  });
  const form = bodyLimit({
    maxSize: limits.formMaxBytes,
    onError: () => {
      throw new TooLargeError(
        `This form sent more than ${kb(limits.formMaxBytes)}, the most this page accepts, so it was not read and nothing was saved. Go back, shorten what you typed, and send it again.`,
      );
    },
  });
  return (c, next) => {
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    return UPLOAD_ROUTES.test(c.req.path) ? upload(c, next) : form(c, next);
  };
}
