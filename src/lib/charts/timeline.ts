import { Plot } from "./lazy.ts";
import { endOf, formatDate, startOf } from "../format/date.ts";
import { estimateTextWidth } from "../format/text-width.ts";
import type { TimelineRow } from "../schemas/datasets.ts";
import { BASIS_LABEL, TIMELINE_KIND_LABEL, TIMELINE_KINDS } from "../schemas/vocabularies.ts";
import { color } from "./palette.ts";
import type { PlotChart } from "./types.ts";

function sorted(rows: readonly TimelineRow[]): TimelineRow[] {
  return [...rows].sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
}

function when(r: TimelineRow): string {
  return r.end ? `${formatDate(r.start)} – ${formatDate(r.end)}` : formatDate(r.start);
}

const kindColor = (kind: TimelineRow["kind"]) => color(TIMELINE_KINDS.indexOf(kind));

export const timeline: PlotChart = {
  kind: "plot",
  id: "timeline",
  title: "Le tappe del programma e della valutazione",
  subtitle: "Programma, progetti e valutazione; le date hanno la precisione che indica la fonte.",
  source: "Fonte: rapporto di valutazione (introduzione, cap. 1, 3 e 4) e slide della presentazione.",
  datasets: ["timeline"],
  note: (data) =>
    data.timeline.some((r) => r.basis === "dedotto")
      ? "Le tappe con il contorno tratteggiato hanno una data dedotta dal testo, non dichiarata. Le tre rilevazioni di network analysis non sono datate nella fonte e per questo non compaiono."
      : undefined,
  // Hiding a category would leave the labels of its bars behind.
  staticLegend: true,
  legend: (data) =>
    TIMELINE_KINDS.filter((k) => data.timeline.some((r) => r.kind === k)).map((k) => ({
      label: TIMELINE_KIND_LABEL[k],
      color: kindColor(k),
    })),
  describe(data) {
    return (
      `Cronologia di ${data.timeline.length} tappe, in ordine di tempo: ` +
      sorted(data.timeline)
        .map((r) => `${when(r)}: ${r.label}${r.basis === "dedotto" ? " (data dedotta)" : ""}`)
        .join("; ") +
      "."
    );
  },
  table(data) {
    return {
      columns: [
        { key: "quando", label: "Quando" },
        { key: "tappa", label: "Tappa" },
        { key: "ambito", label: "Ambito" },
        { key: "base", label: "Base della data" },
      ],
      rows: sorted(data.timeline).map((r) => ({
        quando: when(r),
        tappa: r.label,
        ambito: TIMELINE_KIND_LABEL[r.kind],
        base: BASIS_LABEL[r.basis],
      })),
    };
  },
  spec(data, size) {
    const rows = sorted(data.timeline).map((r) => ({
      ...r,
      x1: startOf(r.start),
      // A date given only to the year or month spans that whole year or month;
      // a single day is drawn a month wide so that it stays visible (the label gives the day).
      x2: new Date(Math.max((r.end ? endOf(r.end) : endOf(r.start)).getTime(), startOf(r.start).getTime() + 30 * 86_400_000)),
      fill: kindColor(r.kind),
      tip: `${when(r)}: ${r.label}${r.basis === "dedotto" ? " (data dedotta dal testo)" : ""}`,
    }));
    type R = (typeof rows)[number];
    // Labels wrap to the chart's width; rows are taller when a label takes two lines (always on
    // phones), so that its first line stays clear of the bar above.
    const margin = 1.4 * size.fontSize;
    const lineWidth = ((size.width - 2 * margin) * 0.95) / size.fontSize;
    const wraps = size.width < 500 || rows.some((r) => estimateTextWidth(`${when(r)} · ${r.label}`, 1) > lineWidth);
    const rowEm = wraps ? 4.4 : 3;
    return {
      height: rows.length * rowEm * size.fontSize + 50,
      // Half a year label on each side: the first and last years are centred on the frame's edges.
      marginLeft: margin,
      marginRight: margin,
      // One tick a year (every two on phones), labelled with the year only.
      x: {
        label: null,
        grid: true,
        type: "utc",
        ticks: size.width < 500 ? "2 years" : "year",
        tickFormat: (d: Date) => String(d.getUTCFullYear()),
      },
      y: { axis: null, domain: rows.map((r) => r.id) },
      color: { type: "identity" },
      marks: [
        // Stated and inferred dates are two marks: Plot's strokeDasharray is not a channel.
        ...(["dichiarato", "dedotto"] as const).map((basis) =>
          Plot.barX(
            rows.filter((r) => r.basis === basis),
            {
              x1: "x1",
              x2: "x2",
              y: "id",
              fill: "fill",
              insetTop: (rowEm - 1.4) * size.fontSize,
              insetBottom: 2,
              title: (r: R) => r.tip,
              // Half-filled with a dashed outline: still visible on the dark background.
              ...(basis === "dedotto" ? { fillOpacity: 0.5, stroke: "fill", strokeWidth: 1.5, strokeDasharray: "4,3" } : {}),
            },
          ),
        ),
        // Each label sits on its own line above its bar, from the left edge of the
        // frame: it never runs off the chart, at any width.
        Plot.text(rows, {
          frameAnchor: "left",
          y: "id",
          text: (r: R) => `${when(r)} · ${r.label}`,
          textAnchor: "start",
          lineAnchor: "bottom",
          lineWidth,
          lineHeight: 1.15,
          // Bottom of the label just above the bar (the bar starts rowEm − 1.4 em into its row).
          dy: (rowEm / 2 - 1.6) * size.fontSize,
          fill: "currentColor",
        }),
      ],
    };
  },
};
