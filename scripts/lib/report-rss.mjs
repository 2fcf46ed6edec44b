// Preloaded into every Node process of a benchmarked build (NODE_OPTIONS=--import):
// appends the process's peak resident memory (KiB) to $BENCH_RSS_FILE at exit.
import { appendFileSync } from "node:fs";
const file = process.env.BENCH_RSS_FILE;
if (file) process.on("exit", () => appendFileSync(file, `${process.resourceUsage().maxRSS}\n`));
