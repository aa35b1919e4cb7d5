export * from '@lianxing/core';
export * from '@lianxing/classifiers';
export { createPipeline, type DefaultPipelineOptions } from './create-default-pipeline.js';
