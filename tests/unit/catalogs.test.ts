import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import IntlMessageFormat from 'intl-messageformat';
import ts from 'typescript';
import {describe, expect, it} from 'vitest';
import {CATALOGS} from '../../src/i18n/i18n';
import {LANGUAGES, LOCALES} from '../../src/i18n/languages';

const ROOT = join(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');
const english = CATALOGS.en;
const keys = Object.keys(english);
/** The first part of every key ("search" of "search.placeholder"): a string in the code that starts so is a key. */
const AREAS = new Set(keys.map((k) => k.split('.')[0]!));
const KEY_LIKE = /^[a-z][A-Za-z]*(\.[A-Za-z0-9-]+)+$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The names a message takes ({count}, {file}, …), from its ICU syntax tree. */
function argumentsOf(text: string, locale: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: unknown[]) => {
    for (const node of nodes as {type: number; value?: string; options?: Record<string, {value: unknown[]}>; children?: unknown[]}[]) {
      // Types 1–6 are arguments (plain, number, date, time, select, plural); 7 is '#', 8 a tag.
      if (node.type >= 1 && node.type <= 6 && node.value) names.add(node.value);
      for (const option of Object.values(node.options ?? {})) walk(option.value);
      if (node.children) walk(node.children);
    }
  };
  walk(new IntlMessageFormat(text, locale).getAst());
  return [...names].sort();
}

interface Found {
  /** Keys written whole: t('search.label'), message('link.badPlace'), a key in a table. */
  keys: {key: string; at: string}[];
  /** Keys made from a prefix and a value: t(`status.${s}`). */
  prefixes: {prefix: string; at: string}[];
  /** Words a person would see that do not come from a catalog. */
  literal: {text: string; at: string}[];
}

const VISIBLE_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label']);
const HAS_LETTER = /\p{L}/u;

function scan(): Found {
  const found: Found = {keys: [], prefixes: [], literal: []};
  for (const file of sourceFiles(SRC)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const at = (node: ts.Node) => `${relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node) => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
        if (KEY_LIKE.test(node.text) && AREAS.has(node.text.split('.')[0]!)) found.keys.push({key: node.text, at: at(node)});
      } else if (ts.isTemplateExpression(node)) {
        const head = node.head.text;
        if (KEY_LIKE.test(`${head}x`) && head.endsWith('.') && AREAS.has(head.split('.')[0]!)) found.prefixes.push({prefix: head, at: at(node)});
      } else if (ts.isJsxText(node)) {
        // Inside <code>, words are a command or a path, the same in every language.
        const inCode = ts.isJsxElement(node.parent) && node.parent.openingElement.tagName.getText(source) === 'code';
        if (HAS_LETTER.test(node.text) && !inCode) found.literal.push({text: node.text.trim(), at: at(node)});
      } else if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText(source))) {
        const value = node.initializer;
        const text = value && ts.isStringLiteral(value) ? value.text : value && ts.isJsxExpression(value) && value.expression && ts.isStringLiteralLike(value.expression) ? value.expression.text : null;
        if (text && HAS_LETTER.test(text)) found.literal.push({text, at: at(node)});
      } else if (ts.isJsxExpression(node) && node.expression && ts.isStringLiteralLike(node.expression) && HAS_LETTER.test(node.expression.text)) {
        found.literal.push({text: node.expression.text, at: at(node)});
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

const found = scan();

describe('the message catalogs', () => {
  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s has every key of English and no other', (language) => {
    const catalog = CATALOGS[language];
    expect(keys.filter((k) => !(k in catalog)), 'missing').toEqual([]);
    expect(Object.keys(catalog).filter((k) => !(k in english)), 'unknown').toEqual([]);
    expect(Object.entries(catalog).filter(([, text]) => text.trim() === '').map(([k]) => k), 'empty').toEqual([]);
  });

  it.each(LANGUAGES)('%s: every message is valid ICU and takes the same values as English', (language) => {
    const wrong: string[] = [];
    for (const [key, text] of Object.entries(CATALOGS[language])) {
      try {
        const expected = argumentsOf(english[key] ?? '', LOCALES.en).join(',');
        const actual = argumentsOf(text, LOCALES[language]).join(',');
        if (actual !== expected) wrong.push(`${key}: takes {${actual}}, English takes {${expected}}`);
      } catch (error) {
        wrong.push(`${key}: ${(error as Error).message}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('uses the typographic apostrophe, since a straight one is ICU’s quote', () => {
    for (const language of LANGUAGES) {
      expect(Object.entries(CATALOGS[language]).filter(([, text]) => text.includes("'")).map(([k]) => `${language}:${k}`)).toEqual([]);
    }
  });
});

describe('the interface code', () => {
  it('names only keys that exist', () => {
    expect(found.keys.filter(({key}) => !(key in english)).map(({key, at}) => `${at} ${key}`)).toEqual([]);
    expect(found.prefixes.filter(({prefix}) => !keys.some((k) => k.startsWith(prefix))).map(({prefix, at}) => `${at} ${prefix}…`)).toEqual([]);
  });

  it('uses every key of the catalogs', () => {
    const named = new Set(found.keys.map((k) => k.key));
    const unused = keys.filter((k) => !named.has(k) && !found.prefixes.some(({prefix}) => k.startsWith(prefix)));
    expect(unused).toEqual([]);
  });

  it('shows no words that bypass the catalogs', () => {
    expect(found.literal.map(({text, at}) => `${at} "${text}"`)).toEqual([]);
  });
});
