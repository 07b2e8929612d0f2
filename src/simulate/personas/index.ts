export { PERSONA, type Persona, type PersonaConstraints } from './persona';
export { brokenRequirements } from './persona-check';
export {
  playPersona,
  summarise,
  type PersonaRun,
  type PersonaSummary,
  type PersonaTurn,
  type ShownJob,
  type TurnTaker,
} from './play-persona';
