export * from './createClient.js';
export * from './reconnectingTransport.js';
