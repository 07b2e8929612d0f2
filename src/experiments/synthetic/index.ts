export { eventsOf } from './synthetic-events';
export {
  conversionPropensity,
  syntheticUsers,
  type DialogueResult,
  type SyntheticOptions,
} from './synthetic-users';
