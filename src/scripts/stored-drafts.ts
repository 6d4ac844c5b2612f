/**
 * The privacy page's list of the opinion drafts this browser keeps for this site's consultations, and one
 * button that erases them all: a resident on a shared computer clears, in one place, what they wrote and the
 * name and address they typed. Only this site's consultations (the page lists each, hidden): another site on
 * the same origin (a prefecture's under another BASE_PATH) keeps its own.
 */
import { parseStore } from '../lib/opinion-drafts.ts';

/** The stored record under `key`, or null when there is none or storage cannot be read (private browsing). */
function stored(key: string): string | null {
	try {
		return localStorage.getItem(key);
	} catch {
		return null;
	}
}

const root = document.querySelector<HTMLElement>('[data-stored-drafts]');
if (root) {
	const summary = root.querySelector<HTMLElement>('[data-stored-summary]')!;
	const list = root.querySelector<HTMLUListElement>('[data-stored-list]')!;
	const items = [...list.querySelectorAll<HTMLLIElement>('li[data-storage-key]')];
	const button = root.querySelector<HTMLButtonElement>('[data-action="erase-stored"]')!;
	const live = root.querySelector<HTMLElement>('[data-live]')!;
	const keyOf = (item: HTMLLIElement) => item.dataset.storageKey!;

	const render = () => {
		let kept = 0;
		for (const item of items) {
			const record = stored(keyOf(item));
			item.hidden = record === null;
			if (record === null) continue;
			kept++;
			const store = parseStore(record);
			const filledIn = Object.values(store.fields).some((value) => value.trim() !== '');
			item.querySelector('[data-stored-detail]')!.textContent = `（下書き ${store.drafts.length}件${filledIn ? '、氏名・住所などの記入内容' : ''}）`;
		}
		summary.textContent = kept > 0 ? `この端末には、次の${kept}件の意見募集の下書きが保存されています。` : 'この端末には、このサイトの意見募集の下書きは保存されていません。';
		list.hidden = kept === 0;
		button.hidden = kept === 0;
	};

	button.addEventListener('click', () => {
		const keys = items.map(keyOf).filter((key) => stored(key) !== null);
		if (!confirm(`この端末に保存されている${keys.length}件の意見募集の下書きと、氏名・住所などの記入内容をすべて消去しますか？元には戻せません。`)) return;
		for (const key of keys) {
			try {
				localStorage.removeItem(key);
			} catch {
				// Storage unavailable: nothing was kept there.
			}
		}
		render();
		live.textContent = 'この端末から、このサイトの意見募集の下書きをすべて消去しました';
		summary.focus();
	});

	render();
	root.hidden = false;
}
