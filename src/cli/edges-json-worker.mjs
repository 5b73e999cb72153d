// Worker-thread entry of edgesJsonInWorker under tsx (dev tree, vitest): registers tsx, then serves.
import { register } from "tsx/esm/api";

register();
await import("./edges-json-serve.ts");
