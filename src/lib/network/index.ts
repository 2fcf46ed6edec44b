/** Public API of the network charts: types, layout, metrics, classification and SVG rendering. */
export type { NetworkNode, NetworkTie, Point, Wave } from "./types.ts";
export { layoutNetwork, type LayoutOptions } from "./layout.ts";
export { freemanCentralization, networkMetrics, type WaveMetrics } from "./metrics.ts";
export {
  CLASSIFICATION_RULE_IT,
  DOMINANCE_RATIO,
  MIN_CENTRALIZATION,
  NETWORK_CLASS_LABEL_IT,
  classifyNetwork,
  explainClassification,
  type NetworkClass,
  type NetworkClassification,
} from "./classify.ts";
export { renderNetworkSvg, type NetworkSvgInput } from "./network-svg.ts";
