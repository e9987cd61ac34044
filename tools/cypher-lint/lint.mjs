#!/usr/bin/env node
// Checks Cypher with Neo4j's own parser and semantic analysis (@neo4j-cypher/language-support).
// Input (a file named as the first argument, or stdin): JSON
//   [{"name": "...", "query": "...", "parameters": {"rows": []}}, ...]
// Output (stdout): JSON
//   {"checked": N, "errors": [{name, line, column, message}], "warnings": [...],
//    "strings": {name: ["'literal token as written'", ...]}}
// "strings" lists every string-literal token the lexer saw, so callers can check that each
// value they escaped came out as exactly one literal. Exit code 1 when any error was found.
import { readFileSync } from 'node:fs';
import { lintCypherQuery, highlightSyntax } from '@neo4j-cypher/language-support';

const input = readFileSync(process.argv[2] ?? 0, 'utf8');
const items = JSON.parse(input);
const errors = [];
const warnings = [];
const strings = {};

function lineAndColumn(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

for (const item of items) {
  const { diagnostics } = lintCypherQuery(item.query, { parameters: item.parameters ?? {} });
  for (const d of diagnostics) {
    const where = lineAndColumn(item.query, d.offsets.start);
    const entry = { name: item.name, ...where, message: d.message };
    // LSP severities: 1 error, 2 warning.
    (d.severity === 1 ? errors : warnings).push(entry);
  }
  strings[item.name] = highlightSyntax(item.query)
    .filter((t) => t.tokenType === 'stringLiteral')
    .map((t) => t.token);
}

process.stdout.write(JSON.stringify({ checked: items.length, errors, warnings, strings }) + '\n');
process.exitCode = errors.length > 0 ? 1 : 0;
