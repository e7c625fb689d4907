export * from './era.js';
export * from './extrinsicEnvelope.js';
export * from './scaleReader.js';
export * from './signedPayload.js';
