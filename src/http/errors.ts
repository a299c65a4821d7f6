/*
 * Errors are thrown once, where the problem is found, and mapped to a response
 * in the app's single onError. Each carries what the user should read.
 */

export class AppError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 410 | 413 | 422 | 429 | 503,
    readonly title: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends AppError {
  constructor(message = "There is nothing at this address. It may have been moved or removed.") {
    super(404, "Not found", message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "Your account does not have access to this page.") {
    super(403, "Not allowed", message);
  }
}

export class CsrfError extends AppError {
  constructor() {
    super(
      403,
      "Form refused",
      "This form was sent from another site, so it was refused to protect your account. Reload the page and try again.",
    );
  }
}

export class BadRequestError extends AppError {
  constructor(message: string) {
    super(400, "Bad request", message);
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super(409, "Already done", message);
  }
}

/** The user must sign in first; mapped to a redirect to the login page. */
export class LoginRequiredError extends Error {
  constructor() {
    super("Please log in to continue.");
    this.name = "LoginRequiredError";
  }
}

/** Too many requests for a throttle; the page says how long to wait, and so does Retry-After. */
export class RateLimitedError extends AppError {
  constructor(
    readonly retryAfterMs: number,
    message: string,
  ) {
    super(429, "Too many attempts", message);
  }
}

/** A request over a body limit, refused before its body was read. */
export class TooLargeError extends AppError {
  constructor(message: string) {
    super(413, "Too large", message);
  }
}
