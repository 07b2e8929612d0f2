export {
  CATALOGUE_SHAPES,
  EVALUATION_SEED,
  TUNING_SEED,
  UNSEEN_SHAPE,
  type CatalogueShape,
} from './catalogue-shapes';
export { generateShapedSample } from './generate-shaped';
export { shapedPaths, writeShapedSample } from './write-shaped';
