// A local HTTP server for source tests: answers from a route function, logs every request.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body: string | object;
}

export type Route = (url: URL, request: IncomingMessage) => Reply | undefined;

export interface TestServer {
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** Paths with queries of the requests received, in order. */
  log: string[];
  close(): Promise<void>;
}

/** Starts a server on a free loopback port; unknown paths answer 404 with dblp/OpenAlex-like text. */
export async function startServer(route: Route): Promise<TestServer> {
  const log: string[] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    log.push(`${url.pathname}${url.search}`);
    const reply = route(url, request) ?? { status: 404, body: "Not Found" };
    const body = typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body);
    response.writeHead(reply.status ?? 200, {
      "content-type":
        typeof reply.body === "string" ? "text/plain; charset=utf-8" : "application/json",
      "access-control-allow-origin": "*",
      ...reply.headers,
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
