/** `npm run check`: validates all content without building pages. */
import { contentDir } from '../src/content-paths.ts';
import { checkContent } from '../src/lib/content-check/check-content.ts';
import { printProblems } from '../src/lib/content-check/problem.ts';

const problems = await checkContent(contentDir);
const errors = printProblems(problems);
console.error(errors > 0 ? `\n${errors}件のエラーがあります。上の各行のファイルと行を直してから、もう一度実行してください。` : `コンテンツに問題はありません（警告 ${problems.length - errors}件）。`);
process.exit(errors > 0 ? 1 : 0);
