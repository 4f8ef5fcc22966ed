// Every operation of the contract, bound to the function that performs it. Each has one shape,
// (ctx, input) → output, with the input already checked against the contract by the router; the type makes
// a missing or misnamed operation a compile error.
import type { OperationName, OutputOf, ParsedInputOf } from '$shared/contract/index';
import type { ServiceContext } from './context';
import * as checkIns from './journal/checkIns';
import * as guideProgress from './journal/guideProgress';
import * as journal from './journal/journalInfo';
import * as settings from './journal/settings';
import * as supplements from './journal/supplements';
import * as trackables from './journal/trackables';
import * as treatments from './journal/treatments';
import * as trackingPlan from './journal/trackingPlan';
import * as sameDay from './journal/sameAsYesterday';
import * as backups from './data/backups';
import * as csv from './data/csv';
import * as demo from './data/demoJournal';
import * as exportFiles from './data/exportFiles';
import * as importJson from './data/importJson';
import * as importJobs from './data/importJobs';
import * as passphrase from './data/passphrase';
import * as restore from './data/restore';
import * as report from './report/report';
import * as trends from './trends/trends';
import * as associations from './trends/associations';
import * as bodyAreas from './trends/bodyAreas';
import * as daily from './trials/daily';
import * as lifecycle from './trials/lifecycle';
import * as results from './trials/results';
import * as setup from './trials/setup';

export type OperationFn<K extends OperationName> = (
  ctx: ServiceContext,
  input: ParsedInputOf<K>,
) => OutputOf<K> | Promise<OutputOf<K>>;
export type Operations = { [K in OperationName]: OperationFn<K> };

export const operations: Operations = {
  'settings.get': settings.getSettings,
  'settings.update': settings.updateSettings,
  'journal.today': journal.journalToday,
  'journal.info': journal.journalInfo,
  'journal.switch': journal.switchJournal,
  'journal.check': journal.checkJournal,
  'journal.fillDemo': demo.fillDemo,
  'checkIns.get': checkIns.getCheckIn,
  'checkIns.save': checkIns.saveCheckIn,
  'checkIns.delete': checkIns.deleteCheckIn,
  'checkIns.list': checkIns.listCheckIns,
  'checkIns.copyYesterdaySupplements': checkIns.copyYesterdaySupplements,
  'supplements.list': supplements.listSupplements,
  'supplements.add': supplements.addSupplement,
  'supplements.update': supplements.updateSupplement,
  'supplements.stop': supplements.stopSupplement,
  'supplements.resume': supplements.resumeSupplement,
  'data.exportJson': exportFiles.exportJson,
  'data.exportCsv': exportFiles.exportCsv,
  'data.previewJsonImport': importJson.previewJsonImport,
  'data.importJson': importJson.importJson,
  'data.chooseImportFile': importJobs.chooseImportFile,
  'data.previewImportFile': importJobs.previewImportFile,
  'data.importFile': importJobs.importFile,
  'data.importProgress': importJobs.importProgress,
  'data.cancelImport': importJobs.cancelImport,
  'data.previewCsvImport': csv.previewCsvImport,
  'data.importCsv': csv.importCsv,
  'backups.list': backups.backupsView,
  'backups.create': backups.createBackup,
  'backups.saveCopy': backups.saveCopy,
  'backups.restore': restore.restoreBackup,
  'backups.restoreFile': restore.restoreChosenFile,
  'backups.setPassphrase': passphrase.setPassphrase,
  'guide.progress': guideProgress.getProgress,
  'guide.markRead': guideProgress.markRead,
  'guide.setLastOpened': guideProgress.setLastOpened,
  'guide.searchNotes': guideProgress.searchNotes,
  'trials.presets': setup.presets,
  'trials.plan': setup.planTrial,
  'trials.create': setup.createTrialDetail,
  'trials.list': setup.listTrials,
  'trials.get': setup.getTrial,
  'trials.recordAdherence': daily.recordAdherence,
  'trials.recordSlip': daily.recordSlip,
  'trials.extendPhase': lifecycle.extendPhase,
  'trials.endEarly': lifecycle.endEarly,
  'trials.abandon': lifecycle.abandon,
  'trials.analyze': results.analyze,
  'trials.todayPrompt': daily.todayPrompt,
  'report.build': report.buildReportFor,
  'report.notes': report.notesIn,
  'report.savePdf': report.savePdf,
  'report.print': report.print,
  'trends.range': trends.resolveRange,
  'trends.series': trends.series,
  'trends.periods': trends.periods,
  'trends.heatmap': trends.skinHeatmap,
  'trends.bodyAreas': bodyAreas.bodyAreas,
  'trends.associations': associations.associations,
  'plan.get': trackingPlan.getPlan,
  'plan.update': trackingPlan.updatePlan,
  'trackables.list': trackables.listTrackables,
  'trackables.add': trackables.addTrackable,
  'trackables.edit': trackables.editTrackable,
  'trackables.reorder': trackables.reorderTrackables,
  'trackables.archive': trackables.archiveTrackable,
  'trackables.delete': trackables.deleteTrackable,
  'treatments.list': treatments.listTreatments,
  'treatments.add': treatments.addTreatment,
  'treatments.update': treatments.updateTreatment,
  'treatments.stop': treatments.stopTreatment,
  'treatments.resume': treatments.resumeTreatment,
  'checkIns.sameAsYesterday': sameDay.sameAsYesterday,
};
