// `--format edges-parquet|edges-csv`: the weighted edge list and the author table, for DuckDB, Spark and the like.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pumpChunks } from "../export/chunk-sink.ts";
import { csvChunks, type CsvOptions, type CsvValue } from "../export/csv.ts";
import type { FieldNetwork } from "../pipeline/field-network.ts";
import { fileSink } from "./output-sink.ts";

/** Author table columns: `id` is the node number edges refer to, `key` the identity key. */
export const ENGINE_AUTHOR_COLUMNS = ["id", "key", "name", "papers"] as const;
/** Edge table columns (GraphFrames' names): one row per coauthor pair, `papers` shared. */
export const ENGINE_EDGE_COLUMNS = ["src", "dst", "weight", "papers"] as const;

/** CSV for engines: no BOM, LF; names neutralized unless the file is only DuckDB's input. */
const ENGINE_CSV: Partial<CsvOptions> = { bom: false, newline: "\n" };

function* authorRows(network: FieldNetwork): Generator<CsvValue[]> {
  for (let v = 0; v < network.ids.length; v++)
    yield [v, network.ids[v], network.names[v], network.paperCounts[v]];
}

function* edgeRows(network: FieldNetwork): Generator<CsvValue[]> {
  const { edgeSource, edgeTarget, edgeWeight, edgePaperOffsets } = network;
  for (let e = 0; e < edgeSource.length; e++)
    yield [
      edgeSource[e],
      edgeTarget[e],
      edgeWeight[e],
      edgePaperOffsets[e + 1] - edgePaperOffsets[e],
    ];
}

/** `x.parquet` / `x.csv` / `x` → `x-edges.<ext>` and `x-authors.<ext>`. */
export function engineTablePaths(out: string, ext: "parquet" | "csv") {
  const base = out.replace(/\.(parquet|csv)$/i, "");
  return { edges: `${base}-edges.${ext}`, authors: `${base}-authors.${ext}` };
}

async function writeCsv(path: string, chunks: Iterable<string>): Promise<void> {
  const sink = fileSink(path);
  await pumpChunks(chunks, (chunk) => sink.write(chunk), { chunkChars: 1 << 20 });
  await sink.close();
}

/** Writes both tables as CSV (RFC 4180, names neutralized against spreadsheet formulas). */
export async function writeEngineCsv(
  network: FieldNetwork,
  paths: { edges: string; authors: string },
  neutralize = true,
): Promise<void> {
  const options = { ...ENGINE_CSV, neutralize };
  await writeCsv(paths.authors, csvChunks(ENGINE_AUTHOR_COLUMNS, authorRows(network), options));
  await writeCsv(paths.edges, csvChunks(ENGINE_EDGE_COLUMNS, edgeRows(network), options));
}

/** A string literal for DuckDB SQL. */
function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * Writes both tables as Parquet (zstd) with DuckDB's `COPY … TO`: the tables are streamed as CSV
 * into a temporary folder, read by DuckDB with declared column types and copied out, so neither
 * side holds the edge list as objects. `@duckdb/node-api` is loaded only for this format.
 */
export async function writeEngineParquet(
  network: FieldNetwork,
  paths: { edges: string; authors: string },
): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "coauthor-atlas-parquet-"));
  const csv = { edges: join(dir, "edges.csv"), authors: join(dir, "authors.csv") };
  try {
    await writeEngineCsv(network, csv, false);
    const { DuckDBInstance } = await import("@duckdb/node-api");
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    try {
      const copy = (from: string, to: string, columns: string) =>
        connection.run(
          `COPY (SELECT * FROM read_csv(${sqlString(from)}, header = true, quote = '"', escape = '"', ` +
            `columns = {${columns}})) TO ${sqlString(to)} (FORMAT parquet, COMPRESSION zstd)`,
        );
      await copy(
        csv.authors,
        paths.authors,
        "'id': 'INTEGER', 'key': 'VARCHAR', 'name': 'VARCHAR', 'papers': 'INTEGER'",
      );
      await copy(
        csv.edges,
        paths.edges,
        "'src': 'INTEGER', 'dst': 'INTEGER', 'weight': 'DOUBLE', 'papers': 'INTEGER'",
      );
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
