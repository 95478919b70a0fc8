/**
 * Shows the store's storage notices in StorageNotice.astro's region: that progress won't be kept
 * (storage blocked or full), or that saved progress could not be read and was set aside, with a
 * button to dismiss it. Loaded with the store only (LoadStore.astro).
 */
import type { ProgressStore } from '../progress/progress-store.ts';

export function showStorageNotices({ $storageStatus, dismissRecoveryNotice }: Pick<ProgressStore, '$storageStatus' | 'dismissRecoveryNotice'>): void {
  const region = document.querySelector<HTMLElement>('[data-storage-notice]');
  const progressHref = document.querySelector<HTMLAnchorElement>('a[data-nav-progress]')?.href;
  if (!region) return;
  $storageStatus.subscribe((status) => {
    const template = region.querySelector<HTMLTemplateElement>(`template[data-notice="${status}"]`);
    region.querySelector('.callout')?.remove();
    if (!template) return;
    const notice = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
    notice.querySelectorAll<HTMLAnchorElement>('a[data-progress-link]').forEach((link) => {
      if (progressHref) link.href = progressHref;
    });
    notice.querySelector('[data-dismiss]')?.addEventListener('click', () => {
      dismissRecoveryNotice();
      document.querySelector<HTMLElement>('#main')?.focus();
    });
    region.append(notice);
  });
}
