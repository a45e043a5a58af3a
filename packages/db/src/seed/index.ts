export * from './demo-county';
export * from './load-demo';
export * from './demo-identities';
