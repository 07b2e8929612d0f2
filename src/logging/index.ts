export { createLogger, silentLogger, type Logger } from './logger';
export { hashId, setIdHashSalt } from './hash-id';
export { withLogContext } from './log-context';
export { parseTraceHeaders, traceLogFields } from './trace-context';
