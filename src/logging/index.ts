export {
  createLogger,
  describeError,
  silentLogger,
  type Logger,
  type LogFields,
  type LoggerOptions,
} from './logger';
export { hashId, setIdHashSalt } from './hash-id';
export { currentLogContext, withLogContext } from './log-context';
export { parseTraceHeaders, traceLogFields, type TraceContext } from './trace-context';
