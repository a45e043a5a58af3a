export * from './coverage';
export * from './field-labels';
export * from './grid';
export * from './ledger';
export * from './patrol';
