// The protocol of a personal elimination trial: presets, default lengths, the dated plan, its life cycle and
// where it stands on any day. Pure and deterministic; the trial service stores and serves what it computes.
export * from './presets';
export * from './outcomes';
export * from './lengths';
export * from './plan';
export * from './status';
export * from './calendar';
export * from './questions';
export * from './words';
