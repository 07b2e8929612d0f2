export { PERSONA } from './persona';
export { playPersona, summarise, type PersonaRun } from './play-persona';
