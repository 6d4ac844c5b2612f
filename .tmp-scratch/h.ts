import { htmlToInline, htmlToBlocks } from '/work/main/src/lib/importer/html-to-markdown.ts';
import { fromHtml } from 'hast-util-from-html';
const s = '<ol style="list-style-type: none"> ① 行政サービス ② データ利活用 新たな付加価値の創出 <p style="text-align: center;">AI・生成AI活用の拡大</p> <ul style="list-style-type: none"> ・ AI関連技術 ・ 特に';
console.log(JSON.stringify(htmlToInline(s)));
console.log(JSON.stringify(fromHtml(s,{fragment:true}).children.map((c:any)=>c.tagName)), JSON.stringify((fromHtml(s,{fragment:true}).children[0] as any).children.map((c:any)=>c.type+':'+(c.tagName??c.value))));
console.log(htmlToBlocks('<ul><li>a <b>b</b></li><li>c<br>d</li></ul><p>para <u>u</u></p>'));
