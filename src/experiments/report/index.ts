export {
  buildReport,
  METRICS,
  type ExperimentReport,
  type MetricName,
  type ReportOptions,
  type VariantReport,
} from './build-report';
export { readUserRows } from './read-events';
export { renderHtml, liftPlot } from './render-html';
export { renderMarkdown } from './render-markdown';
export {
  chiSquareSurvival,
  lift,
  proportion,
  ratio,
  ratioEstimate,
  srmCheck,
  wilson,
  Z95,
  type Estimate,
} from './stats';
export { UserRowBuilder, type ReportEvent, type UserRow } from './user-rows';
