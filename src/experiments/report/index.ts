export { buildReport, METRICS, type ExperimentReport, type MetricName } from './build-report';
export { readUserRows } from './read-events';
export { renderHtml } from './render-html';
export { renderMarkdown } from './render-markdown';
export { UserRowBuilder } from './user-rows';
