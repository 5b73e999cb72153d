// Worker-thread entry of the Node Brandes runner: registers tsx, then runs kernel chunks on request.
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { brandesPartialArrays, brandesRange, emptyBrandesPartial } = await import("./brandes.ts");

const { offsets, targets, sources, multiplicity, sampled } = workerData;
const csr = { offsets, targets };
const partial = emptyBrandesPartial(offsets.length - 1, sampled);

parentPort.on("message", (message) => {
  if (message.type === "range") {
    brandesRange(csr, message.start, message.end, { sources, multiplicity, into: partial });
    parentPort.postMessage({ type: "done", count: message.end - message.start });
  } else if (message.type === "finish") {
    const buffers = brandesPartialArrays(partial).map((array) => array.buffer);
    parentPort.postMessage({ type: "partial", partial }, buffers);
    parentPort.close();
  }
});
parentPort.postMessage({ type: "ready" });
