/**
 * Collects "seen by the other browser after N ms" measurements and prints them at the end of a
 * file, so the report can quote real numbers.
 */
export function createTimings(title: string) {
  const rows: Array<{ what: string; ms: number }> = [];
  return {
    record(what: string, ms: number) {
      rows.push({ what, ms });
      return ms;
    },
    print() {
      if (rows.length === 0) return;
      const width = Math.max(...rows.map((row) => row.what.length));
      const lines = rows.map((row) => `  ${row.what.padEnd(width)}  ${String(row.ms).padStart(5)} ms`);
      console.log(`${title}\n${lines.join('\n')}`);
    },
  };
}
