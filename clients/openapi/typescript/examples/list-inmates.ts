/**
 * Sign in and read the first page of inmates: the smallest use of the client.
 *
 *   PASSERELLE_URL=http://127.0.0.1:8000 PASSERELLE_USERNAME=… PASSERELLE_PASSWORD=… \
 *     node dist/examples/list-inmates.js
 */
import { createPasserelleClient, ProblemError, signIn, type Problem } from "../src/index.js";

const baseUrl = process.env.PASSERELLE_URL ?? "http://127.0.0.1:8000";
let accessToken: string | undefined;
const client = createPasserelleClient({ baseUrl, token: () => accessToken });

const grant = await signIn(client, {
  grant_type: "password",
  username: process.env.PASSERELLE_USERNAME ?? "",
  password: process.env.PASSERELLE_PASSWORD ?? "",
});
accessToken = grant.access_token;

const { data, error, response } = await client.GET("/api/v1/inmates", {
  params: { query: { limit: 5 } },
});
if (error) throw new ProblemError(response.status, error as Problem);
console.log(JSON.stringify({ status: response.status, count: data.items.length }));
