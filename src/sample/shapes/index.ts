export {
  ALL_SHAPES,
  CATALOGUE_SHAPES,
  EVALUATION_SEED,
  shapeNamed,
  TUNING_SEED,
  UNSEEN_SHAPE,
  type CatalogueShape,
} from './catalogue-shapes';
export { generateShapedSample, type ShapedSample, type ShapedView } from './generate-shaped';
export { shapedPaths, writeShapedSample } from './write-shaped';
