/**
 * The search page: reads ?q=&prefecture=&kind= from the URL (so results can be
 * shared and the back button works), queries the Pagefind index and renders
 * the results. Loaded only on /search/.
 */

interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
}
interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: { title?: string };
	filters: Record<string, string[]>;
	sub_results: PagefindSubResult[];
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> }>;
}

const pageSize = 20;
const form = document.querySelector<HTMLFormElement>('#search-page-form')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;

const params = new URLSearchParams(location.search);
const query = (params.get('q') ?? '').trim();
const filters: Record<string, string> = {};
for (const key of ['prefecture', 'kind'] as const) {
	const value = params.get(key) ?? '';
	(form.elements.namedItem(key) as HTMLSelectElement).value = value;
	if (value) filters[key] = value;
}
(form.elements.namedItem('q') as HTMLInputElement).value = query;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
	const el = document.createElement(tag);
	if (className) el.className = className;
	if (text !== undefined) el.textContent = text;
	return el;
}

function renderResult(result: PagefindResultData): HTMLLIElement {
	const item = element('li', 'search-result');
	const heading = element('h2');
	const link = element('a', undefined, result.meta.title ?? result.url);
	link.href = result.url;
	heading.append(link);
	const facets = [...(result.filters.kind ?? []), ...(result.filters.prefecture ?? [])].join('・');
	const excerpt = element('p', 'excerpt');
	// Pagefind escapes page text and only adds <mark> around matches.
	excerpt.innerHTML = result.excerpt;
	item.append(heading, element('p', 'muted', facets), excerpt);
	const sections = result.sub_results.filter((s) => s.url !== result.url && s.url.includes('#')).slice(0, 3);
	if (sections.length > 0) {
		const subList = element('ul', 'sub-results');
		for (const section of sections) {
			const li = element('li');
			const a = element('a', undefined, section.title);
			a.href = section.url;
			const sectionExcerpt = element('p', 'excerpt');
			sectionExcerpt.innerHTML = section.excerpt;
			li.append(a, sectionExcerpt);
			subList.append(li);
		}
		item.append(subList);
	}
	return item;
}

async function run() {
	if (!query) {
		status.textContent = 'キーワードを入力して検索してください。';
		return;
	}
	status.textContent = '検索しています…';
	const pagefind: Pagefind = await import(/* @vite-ignore */ `${import.meta.env.BASE_URL}pagefind/pagefind.js`);
	// Pagefind counts Japanese excerpt length in segments; 12 is a few words, so ask for a sentence.
	await pagefind.options({ excerptLength: 60 });
	const { results } = await pagefind.search(query, { filters });
	let shown = 0;
	const showMore = async () => {
		const batch = await Promise.all(results.slice(shown, shown + pageSize).map((r) => r.data()));
		list.append(...batch.map(renderResult));
		shown += batch.length;
		more.hidden = shown >= results.length;
	};
	more.addEventListener('click', () => void showMore());
	await showMore();
	status.textContent = results.length > 0 ? `「${query}」の検索結果: ${results.length}件` : `「${query}」に一致するページは見つかりませんでした。`;
}

run().catch((error: unknown) => {
	status.textContent = '検索の読み込みに失敗しました。ページを再読み込みしてください。';
	console.error(error);
});
