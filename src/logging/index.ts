export {
  createLogger,
  describeError,
  silentLogger,
  type Logger,
  type LogFields,
  type LoggerOptions,
} from './logger';
export { hashId, setIdHashSalt } from './hash-id';
