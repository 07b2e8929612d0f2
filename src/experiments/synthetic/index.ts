export { eventsOf } from './synthetic-events';
export { syntheticUsers, type DialogueResult } from './synthetic-users';
