/**
 * A typed client for the Passerelle API: `paths` and `components` are generated from the
 * contract (`../openapi.json`) by openapi-typescript; requests go through openapi-fetch.
 */
import createClient, { type Client, type Middleware } from "openapi-fetch";

import type { components, paths } from "./schema.js";

export * from "./schema.js";

export type PasserelleClient = Client<paths>;

/** Every error answer: RFC 9457 problem details (`application/problem+json`). */
export type Problem = components["schemas"]["Problem"];
export type TokenResponse = components["schemas"]["TokenResponse"];

export interface ClientOptions {
  /** The server's origin, e.g. `https://passerelle.example.org`. */
  baseUrl: string;
  /** The access token to send, read before every request (undefined: none). */
  token?: () => string | undefined | Promise<string | undefined>;
  fetch?: typeof globalThis.fetch;
}

export function createPasserelleClient(options: ClientOptions): PasserelleClient {
  const client = createClient<paths>({ baseUrl: options.baseUrl, fetch: options.fetch });
  const { token } = options;
  if (token) {
    const bearer: Middleware = {
      async onRequest({ request }) {
        const value = await token();
        if (value) request.headers.set("Authorization", `Bearer ${value}`);
        return request;
      },
    };
    client.use(bearer);
  }
  return client;
}

/** A grant for `POST /api/v1/auth/token` (sent form-encoded, as OAuth2 requires). */
export type Grant =
  | { grant_type: "password"; username: string; password: string; scope?: string }
  | { grant_type: "client_credentials"; client_id: string; client_secret: string; scope?: string }
  | { grant_type: "refresh_token"; refresh_token: string };

export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(`${status} ${problem.title}${problem.detail ? `: ${problem.detail}` : ""}`);
  }
}

/** Sign in with a grant; throws a ProblemError (401, 429...) when refused. */
export async function signIn(client: PasserelleClient, grant: Grant): Promise<TokenResponse> {
  const { data, error, response } = await client.POST("/api/v1/auth/token", {
    body: grant,
    bodySerializer: (body) => new URLSearchParams(body as Record<string, string>),
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
  });
  if (data) return data;
  throw new ProblemError(response.status, error as Problem);
}

/** A new key for a retry-safe create: send the same one again when retrying. */
export function idempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}
