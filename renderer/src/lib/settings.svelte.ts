// The person's settings, loaded once and kept in step with the journal after every change.
import type { PaperSize } from '$shared/domain/paper';
import type { Settings, SettingsPatch } from '$shared/domain/settings';
import { api } from './api';

class SettingsStore {
  value = $state<Settings | null>(null);
  today = $state<string>('');
  /** The day that was "today" before the day rolled over while the app was open (Today says so once). */
  previousDay = $state<string | null>(null);
  journal = $state<{ path: string; isDemo: boolean; readOnly: string | null } | null>(null);
  /** The paper reports start on (the person's choice, or their region's). */
  paper = $state<PaperSize>('a4');

  async load(): Promise<void> {
    const [settings, today, info] = await Promise.all([
      api.settings.get({}),
      api.journal.today({}),
      api.journal.info({}),
    ]);
    this.value = settings;
    this.today = today.day;
    this.journal = { path: info.path, isDemo: info.isDemo, readOnly: info.readOnly };
    this.paper = info.paper;
    applyTheme(settings.theme);
  }

  async update(patch: SettingsPatch): Promise<void> {
    this.value = await api.settings.update(patch);
    applyTheme(this.value.theme);
    if (patch.dayEndsAtHour !== undefined) this.today = (await api.journal.today({})).day;
    if (patch.reportPaper !== undefined) this.paper = (await api.journal.info({})).paper;
  }

  /** The journal day rolled over (midnight, or the day-end hour) while the app was open. */
  dayChanged(day: string): void {
    if (!this.today || day === this.today) return;
    this.previousDay = this.today;
    this.today = day;
  }

  /** Opens the demo journal or the person's own, then starts the app afresh on Today with it. */
  async switchJournal(to: 'own' | 'demo'): Promise<void> {
    await api.journal.switch({ to });
    location.hash = '#/today';
    location.reload();
  }
}

export function applyTheme(theme: Settings['theme']): void {
  if (theme === 'system') document.documentElement.removeAttribute('data-theme');
  else document.documentElement.setAttribute('data-theme', theme);
}

export const settings = new SettingsStore();
