/**
 * Positions for labels placed at `values` on one axis, moved apart just enough
 * that neighbours are at least `gap` from each other, keeping their order.
 * A group of labels that would collide is centred on the mean of its values.
 * Returns the new positions in the order of `values`.
 */
export function spreadLabels(values: readonly number[], gap: number): number[] {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v || a.i - b.i);
  // Clusters of labels that touch: each is laid out evenly around the mean of its members.
  type Cluster = { members: number[]; mean: number };
  const clusters: Cluster[] = [];
  const start = (c: Cluster) => c.mean - ((c.members.length - 1) * gap) / 2;
  for (const { v, i } of order) {
    clusters.push({ members: [i], mean: v });
    // Merge with the cluster below while they overlap; merging can make it overlap the next one down.
    while (clusters.length > 1) {
      const top = clusters[clusters.length - 1]!;
      const below = clusters[clusters.length - 2]!;
      if (start(below) + below.members.length * gap <= start(top)) break;
      const members = [...below.members, ...top.members];
      clusters.splice(-2, 2, { members, mean: members.reduce((t, m) => t + values[m]!, 0) / members.length });
    }
  }
  const out = new Array<number>(values.length);
  for (const c of clusters) c.members.forEach((m, k) => (out[m] = start(c) + k * gap));
  return out;
}
