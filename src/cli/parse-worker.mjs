// Worker-thread entry of parseInFile under tsx (dev tree, vitest): registers tsx, then serves.
import { register } from "tsx/esm/api";

register();
await import("./parse-serve.ts");
