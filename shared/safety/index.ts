// Safety, in one place: what to read before a food trial and the rules that decide whether it may start,
// when to see a clinician instead of experimenting, and cautions for common supplements. Pure: the set-up
// screens, the guide, the report and the trial service all read the same words and apply the same rules.
export * from './answers';
export * from './foods';
export * from './trialSafety';
export * from './words';
export * from './redFlags';
export * from './supplementCautions';
