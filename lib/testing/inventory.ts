import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * What exists in the code, found by reading the files (not by importing them): pages,
 * route handlers and server actions. The access-matrix test compares this with the table.
 */

const root = process.cwd();

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const rel = (file: string) => path.relative(root, file).split(path.sep).join('/');

/** 'app/[lng]/(app)/admin/accounts/page.tsx' -> '/[lng]/admin/accounts' (route groups and slots left out). */
export function routeOf(file: string): string {
  const segments = rel(file).split('/').slice(1, -1);
  const kept = segments.filter((s) => !/^\(.*\)$/.test(s) && !s.startsWith('@'));
  return `/${kept.join('/')}`.replace(/\/$/, '') || '/';
}

export function listPages(): { route: string; file: string }[] {
  return walk(path.join(root, 'app'))
    .filter((f) => /\/page\.(tsx|ts|jsx|js|mdx)$/.test(f))
    .map((f) => ({ route: routeOf(f), file: rel(f) }));
}

const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
}

function hasExportModifier(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

function isAsync(node: ts.Node | undefined): boolean {
  if (!node) return false;
  const mods = ts.canHaveModifiers(node) ? (ts.getModifiers(node) ?? []) : [];
  return mods.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword);
}

interface ExportInfo {
  name: string;
  /** 'async' function, plain 'function', or something else ('value', 'type'). */
  kind: 'async' | 'function' | 'value' | 'type';
}

/** Every export of a module, with what kind of thing it is. */
function exportsOf(file: string): ExportInfo[] {
  const source = parse(file);
  const locals = new Map<string, ExportInfo['kind']>();
  const out: ExportInfo[] = [];
  const kindOfInitializer = (init: ts.Expression | undefined): ExportInfo['kind'] => {
    if (init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init))) return isAsync(init) ? 'async' : 'function';
    return 'value';
  };
  for (const stmt of source.statements) {
    if (ts.isFunctionDeclaration(stmt) && stmt.name) {
      const kind = isAsync(stmt) ? 'async' : 'function';
      locals.set(stmt.name.text, kind);
      if (hasExportModifier(stmt)) out.push({ name: stmt.name.text, kind });
    } else if (ts.isVariableStatement(stmt)) {
      for (const decl of stmt.declarationList.declarations) {
        if (!ts.isIdentifier(decl.name)) continue;
        const kind = kindOfInitializer(decl.initializer);
        locals.set(decl.name.text, kind);
        if (hasExportModifier(stmt)) out.push({ name: decl.name.text, kind });
      }
    } else if ((ts.isInterfaceDeclaration(stmt) || ts.isTypeAliasDeclaration(stmt)) && hasExportModifier(stmt)) {
      out.push({ name: stmt.name.text, kind: 'type' });
    } else if (ts.isClassDeclaration(stmt) && stmt.name && hasExportModifier(stmt)) {
      out.push({ name: stmt.name.text, kind: 'value' });
    } else if (ts.isExportAssignment(stmt)) {
      out.push({ name: 'default', kind: 'value' });
    }
  }
  for (const stmt of source.statements) {
    if (ts.isExportDeclaration(stmt) && stmt.exportClause && ts.isNamedExports(stmt.exportClause)) {
      for (const spec of stmt.exportClause.elements) {
        const local = (spec.propertyName ?? spec.name).text;
        out.push({ name: spec.name.text, kind: stmt.isTypeOnly || spec.isTypeOnly ? 'type' : stmt.moduleSpecifier ? 'value' : (locals.get(local) ?? 'value') });
      }
    } else if (ts.isExportDeclaration(stmt) && !stmt.exportClause) {
      out.push({ name: '*', kind: 'value' });
    }
  }
  return out;
}

export function listRouteHandlers(): { route: string; file: string; methods: string[] }[] {
  return walk(path.join(root, 'app'))
    .filter((f) => /\/route\.(ts|js)$/.test(f))
    .map((f) => ({
      route: routeOf(f),
      file: rel(f),
      methods: exportsOf(f)
        .map((e) => e.name)
        .filter((n) => HTTP_METHODS.includes(n))
        .sort(),
    }));
}

function directiveOf(source: ts.SourceFile): string | undefined {
  const first = source.statements[0];
  if (first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression)) return first.expression.text;
  return undefined;
}

/** Files under app/ and lib/ (no tests) whose first statement is 'use server'. */
function serverActionFiles(): string[] {
  return ['app', 'lib']
    .flatMap((d) => walk(path.join(root, d)))
    .filter((f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f))
    .filter((f) => directiveOf(parse(f)) === 'use server');
}

/** Every export of every 'use server' file: module path without extension, export, kind. */
export function listServerActions(): { module: string; export: string; kind: ExportInfo['kind'] }[] {
  return serverActionFiles().flatMap((f) =>
    exportsOf(f)
      .filter((e) => e.kind !== 'type')
      .map((e) => ({ module: rel(f).replace(/\.tsx?$/, ''), export: e.name, kind: e.kind })),
  );
}

/**
 * 'use server' inside a function body (an inline server action) would be an action the table
 * cannot name: Grenzeloos keeps actions in lib/actions, so these are reported.
 */
export function inlineServerActions(): string[] {
  const found: string[] = [];
  for (const f of ['app', 'lib'].flatMap((d) => walk(path.join(root, d))).filter((x) => /\.(ts|tsx)$/.test(x) && !/\.test\.tsx?$/.test(x))) {
    const source = parse(f);
    const visit = (node: ts.Node) => {
      if ((ts.isBlock(node) && node.parent && ts.isFunctionLike(node.parent)) || false) {
        const first = node.statements[0];
        if (first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === 'use server') {
          found.push(`${rel(f)}:${source.getLineAndCharacterOfPosition(first.getStart()).line + 1}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}
