export * from '@lianxing/core';
export * from '@lianxing/classifiers';
export { BUILTIN_FUSION, builtinClassifiers, createPipeline, type DefaultPipelineOptions } from './create-default-pipeline.js';
