import { secureHeaders } from "hono/secure-headers";

/**
 * Strict headers on every response. Scripts and styles come only from our own
 * /assets: no inline script, no eval (htmx runs without them as long as we use
 * neither hx-on nor trigger filters), no inline style attributes.
 */
export const securityHeaders = (production: boolean) =>
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", "data:"],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      ...(production ? { upgradeInsecureRequests: [] } : {}),
    },
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: production ? "max-age=31536000; includeSubDomains" : false,
    referrerPolicy: "same-origin",
    xFrameOptions: "DENY",
    permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
  });
