/**
 * What content authors read is worded in src/lib/messages.ts only, so that whoever changes a wording
 * finds all of them there. The schemas and the content check, which produce most of those messages,
 * must not write one of their own: a Japanese string literal there is a message out of place, unless
 * it is a value the code compares or offers (a channel's kind, a list of words an author may mean, an
 * example of a field), not words said to the author. Regular expressions are not string literals.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';

const japanese = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

const isStringLike = (node: ts.Node): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression =>
	ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node);

/** A value, not words to the author: an argument of z.literal(), compared with ===/!==, one of a list of texts only, or a field's example. */
function isValue(node: ts.Node): boolean {
	const parent = node.parent;
	if (ts.isCallExpression(parent) && ts.isPropertyAccessExpression(parent.expression) && parent.expression.name.text === 'literal') return true;
	if (ts.isBinaryExpression(parent) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(parent.operatorToken.kind)) return true;
	if (ts.isArrayLiteralExpression(parent) && parent.elements.every((element) => ts.isStringLiteral(element))) return true;
	return ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name) && parent.name.text === 'example';
}

interface Literal {
	file: string;
	line: number;
	/** As written in the source, quotes included. */
	text: string;
}

/** The Japanese string literals in `source` that are no value. */
function messagesOutOfPlace(file: string, source: string): Literal[] {
	const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
	const found: Literal[] = [];
	const visit = (node: ts.Node): void => {
		if (isStringLike(node)) {
			const text = node.getText(sourceFile);
			if (japanese.test(text) && !isValue(node)) found.push({ file, line: sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1, text });
			return;
		}
		ts.forEachChild(node, visit);
	};
	visit(sourceFile);
	return found;
}

it('finds a message worded outside messages.ts, and not the values the code compares or offers', () => {
	const source = [
		`const kinds = ['郵送', '持参'] as const;`,
		`z.literal('電子メール');`,
		`if (channel.kind !== '郵送') ctx.addIssue({ message: \`この提出方法は\${channel.kind}\` });`,
		`z.number().register(fieldHelp, { example: 'name: 福島県', advice: '単位は unit に書きます' });`,
		`const reasons = [[/duplicated/, '同じ項目が2回書かれています']];`,
		`const deadlineMoved = /延長|締切/;`,
		`// 字下げがそろっていません`,
	].join('\n');
	expect(messagesOutOfPlace('x.ts', source).map(({ line, text }) => `${line}: ${text}`)).toEqual(['3: `この提出方法は${channel.kind}`', "4: '単位は unit に書きます'", "5: '同じ項目が2回書かれています'"]);
});

it('the schemas and the content check word no message of their own', () => {
	const files = ['src/schemas', 'src/lib/content-check'].flatMap((dir) =>
		readdirSync(dir, { recursive: true })
			.map(String)
			.filter((file) => file.endsWith('.ts'))
			.map((file) => path.posix.join(dir, file.split(path.sep).join('/'))),
	);
	expect(files.length).toBeGreaterThan(20);
	const found = files.flatMap((file) => messagesOutOfPlace(file, readFileSync(file, 'utf8')));
	expect(found.map(({ file, line, text }) => `${file}:${line}: ${text}`)).toEqual([]);
});
