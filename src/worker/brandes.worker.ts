// Worker entry of the page's Brandes runner: runs ranges of BFS sources and sends back its partial.
import {
  brandesPartialArrays,
  brandesRange,
  emptyBrandesPartial,
  type BrandesPartial,
  type CsrTopology,
} from "../metrics/brandes.ts";

export type BrandesWorkerRequest =
  | {
      type: "init";
      csr: CsrTopology;
      sources: Int32Array | null;
      multiplicity: Float64Array | null;
      sampled: boolean;
    }
  | { type: "range"; start: number; end: number }
  | { type: "finish" };

export type BrandesWorkerMessage =
  { type: "done"; count: number } | { type: "partial"; partial: BrandesPartial };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<BrandesWorkerRequest>) => void) | null;
  postMessage(message: BrandesWorkerMessage, transfer?: Transferable[]): void;
  close(): void;
};

let job: Extract<BrandesWorkerRequest, { type: "init" }> | null = null;
let partial: BrandesPartial | null = null;

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === "init") {
    job = message;
    partial = emptyBrandesPartial(message.csr.offsets.length - 1, message.sampled);
  } else if (message.type === "range" && job && partial) {
    brandesRange(job.csr, message.start, message.end, {
      sources: job.sources,
      multiplicity: job.multiplicity,
      sampled: job.sampled,
      into: partial,
    });
    scope.postMessage({ type: "done", count: message.end - message.start });
  } else if (message.type === "finish" && partial) {
    scope.postMessage(
      { type: "partial", partial },
      brandesPartialArrays(partial).map((array) => array.buffer),
    );
    scope.close();
  }
};
