export { PERSONA } from './persona';
export { jobsMeetingEverything, playPersona, summarise, type PersonaRun } from './play-persona';
