// Worker-thread entry of the Node Brandes runner under tsx (dev tree, vitest): registers tsx, then serves.
import { register } from "tsx/esm/api";

register();
await import("./node-brandes-serve.ts");
