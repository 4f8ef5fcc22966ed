// The operations' names alone. The preload refuses an unknown name before anything crosses to the main
// process, and with only this list it does not load zod and build every schema in every window it opens
// (the preload was 229 KB with the whole contract). index.ts checks when compiling that this list and the
// contract name exactly the same operations, so a new operation cannot be forgotten here.
export const OPERATION_NAMES = [
  'settings.get',
  'settings.update',
  'journal.today',
  'journal.info',
  'journal.switch',
  'journal.check',
  'journal.fillDemo',
  'checkIns.get',
  'checkIns.save',
  'checkIns.delete',
  'checkIns.list',
  'checkIns.copyYesterdaySupplements',
  'supplements.list',
  'supplements.add',
  'supplements.update',
  'supplements.stop',
  'supplements.resume',
  'data.exportJson',
  'data.exportCsv',
  'data.previewJsonImport',
  'data.importJson',
  'data.chooseImportFile',
  'data.previewImportFile',
  'data.importFile',
  'data.importProgress',
  'data.cancelImport',
  'data.previewCsvImport',
  'data.importCsv',
  'backups.list',
  'backups.create',
  'backups.saveCopy',
  'backups.restore',
  'backups.restoreFile',
  'backups.setPassphrase',
  'guide.progress',
  'guide.markRead',
  'guide.setLastOpened',
  'guide.searchNotes',
  'trials.presets',
  'trials.plan',
  'trials.create',
  'trials.list',
  'trials.get',
  'trials.recordAdherence',
  'trials.recordSlip',
  'trials.extendPhase',
  'trials.endEarly',
  'trials.abandon',
  'trials.analyze',
  'trials.todayPrompt',
  'report.build',
  'report.notes',
  'report.savePdf',
  'report.print',
  'trends.range',
  'trends.series',
  'trends.periods',
  'trends.heatmap',
  'trends.bodyAreas',
  'trends.associations',
] as const;

export type ListedOperationName = (typeof OPERATION_NAMES)[number];

const NAMES: ReadonlySet<string> = new Set(OPERATION_NAMES);

export function isOperationName(name: unknown): name is ListedOperationName {
  return typeof name === 'string' && NAMES.has(name);
}
