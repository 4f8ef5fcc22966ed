// Reading progress, held at module level: the shell re-creates the Guide view on every section change, and
// keeping the last known progress here means the contents never flash back to "nothing read" meanwhile.
// The journal stays the source of truth; every change is written through the contract and re-read from it.
import { api, errorText } from '$lib/api';

class GuideProgressStore {
  /** sectionId → when it was first marked read (UTC ISO). */
  read = $state<Record<string, string>>({});
  lastOpened = $state<string | null>(null);
  loaded = $state(false);
  error = $state<string | null>(null);

  isRead = (sectionId: string): boolean => Object.hasOwn(this.read, sectionId);

  private apply(progress: { read: { sectionId: string; readAt: string }[]; lastOpened: string | null }): void {
    this.read = Object.fromEntries(progress.read.map((r) => [r.sectionId, r.readAt]));
    this.lastOpened = progress.lastOpened;
    this.loaded = true;
  }

  async load(): Promise<void> {
    try {
      this.apply(await api.guide.progress({}));
      this.error = null;
    } catch (e) {
      this.error = `Your reading progress could not be loaded: ${errorText(e)}`;
    }
  }

  async setRead(sectionId: string, read: boolean): Promise<void> {
    const before = this.read;
    // Shown at once; put back as it was if the journal refuses.
    this.read = read
      ? { ...before, [sectionId]: new Date().toISOString() }
      : Object.fromEntries(Object.entries(before).filter(([id]) => id !== sectionId));
    try {
      this.apply(await api.guide.markRead({ sectionId, read }));
      this.error = null;
    } catch (e) {
      this.read = before;
      this.error = `That was not saved: ${errorText(e)}`;
    }
  }

  /** Remembers the section for "Continue where I left off", then refreshes everything from the journal. */
  async opened(sectionId: string): Promise<void> {
    this.lastOpened = sectionId;
    try {
      await api.guide.setLastOpened({ sectionId });
    } catch (e) {
      this.error = `Axis could not remember where you are: ${errorText(e)}`;
    }
    await this.load();
  }
}

export const guideProgress = new GuideProgressStore();
