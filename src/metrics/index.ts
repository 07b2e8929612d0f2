export { ServiceMetrics } from './service-metrics';
export { InstrumentedSessionStore } from './instrumented-session-store';
export { startMetricsServer, type MetricsServer } from './metrics-server';
