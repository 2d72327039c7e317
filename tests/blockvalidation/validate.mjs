// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
//
// node validate.mjs --wordpress DIR [--strict] [--json] [--expect-invalid] [--verbose]
//                   [--newer BLOCK]... FILE...
//
// Asks WordPress's own block editor code whether it accepts post content: every FILE (block
// markup as WordPress stores it; a folder stands for its *.blocks.html files) is parsed by @wordpress/blocks with the core blocks of
// @wordpress/block-library registered, as the block editor does when it opens a post. DIR is
// an installation made by ./install (its node_modules decides the WordPress version).
//
// A block fails when the editor would show "This block contains unexpected or invalid
// content", and content fails where it would open as a Classic block (core/freeform: markup
// outside any block) or as a block the editor does not know (core/missing). A block that is
// accepted only through one of the block type's deprecated forms is listed as a warning: the
// editor takes it silently but writes it anew on the next save. --strict fails those too.
// --expect-invalid turns the verdict around, for the files that show the judge can fail.
// --newer names a block of a later WordPress than the installed one (core/footnotes is 6.3's):
// this editor shows it as a block it does not know, which is listed as a warning, not a failure.
//
// Exit status: 0 when every file is accepted (with --expect-invalid: when every file is
// rejected), 1 otherwise, 2 for bad usage or an unreadable file, 3 when this Node.js is too
// old for the installed packages.
import { readFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { format } from 'node:util';

const out = (text) => process.stdout.write(text + '\n');

function usage(message) {
    process.stderr.write(
        `validate.mjs: ${message}\n` +
            'usage: node validate.mjs --wordpress DIR [--strict] [--json] [--expect-invalid] [--verbose] [--newer BLOCK]... FILE...\n',
    );
    process.exit(2);
}

const options = { strict: false, json: false, expectInvalid: false, verbose: false, wordpress: null, newer: new Set(), files: [] };
for (let i = 2; i < process.argv.length; ++i) {
    const arg = process.argv[i];
    if (arg === '--strict') options.strict = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '--expect-invalid') options.expectInvalid = true;
    else if (arg === '--verbose') options.verbose = true;
    else if (arg === '--wordpress') options.wordpress = process.argv[++i];
    else if (arg === '--newer') options.newer.add(process.argv[++i]);
    else if (arg.startsWith('--')) usage(`unknown option ${arg}`);
    else options.files.push(arg);
}
if (!options.wordpress) usage('--wordpress DIR is required');
// A folder is read when the test runs, so a file added to it is checked without reconfiguring.
options.files = options.files.flatMap((path) => {
    if (!existsSync(path) || !statSync(path).isDirectory()) return [path];
    return readdirSync(path)
        .filter((name) => name.endsWith('.blocks.html'))
        .sort()
        .map((name) => join(path, name));
});
if (options.files.length === 0) usage('no FILE given');
const installDir = resolve(options.wordpress);
if (!existsSync(join(installDir, 'node_modules', '@wordpress', 'blocks'))) {
    usage(`${installDir} holds no installation (run tests/blockvalidation/install first)`);
}

// The editor's modules write their own validation logs, deprecation notices and React
// warnings to the console; this program reports the same findings in its own words, so
// theirs are kept out of the output unless asked for.
if (!options.verbose) {
    for (const method of ['log', 'info', 'warn', 'error', 'debug', 'group', 'groupCollapsed']) {
        console[method] = () => {};
    }
}

const require = createRequire(join(installDir, 'package.json'));

// The packages expect a browser: hpq reads block attributes through the DOM, and some blocks
// touch window or document when they load. jsdom's window is exposed as Node's globals the
// way a browser exposes its own; by hand rather than with global-jsdom because these few
// lines are all of it and one dependency less keeps the installation small.
const { JSDOM } = require('jsdom');
const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
    pretendToBeVisual: true,
    url: 'http://localhost/',
});
for (const key of Object.getOwnPropertyNames(dom.window)) {
    if (key in globalThis) continue;
    const value = dom.window[key];
    Object.defineProperty(globalThis, key, {
        configurable: true,
        writable: true,
        // Methods of window (getComputedStyle, requestAnimationFrame) need it as `this`.
        value: typeof value === 'function' && !/^[A-Z]/.test(key) ? value.bind(dom.window) : value,
    });
}
// @wordpress/viewport asks for media queries when it loads; jsdom lays nothing out, so none
// matches.
dom.window.matchMedia = (media) => ({
    media,
    matches: false,
    onchange: null,
    addListener() {},
    removeListener() {},
    addEventListener() {},
    removeEventListener() {},
    dispatchEvent: () => false,
});
globalThis.matchMedia = dom.window.matchMedia;
// Inside WordPress the Classic block exists, and registerCoreBlocks() registers it only where
// wp.oldEditor (the TinyMCE glue) is present; without it, markup outside blocks would not
// become core/freeform as it does in the editor.
dom.window.wp = { oldEditor: {} };

let blocks;
try {
    blocks = require('@wordpress/blocks');
    require('@wordpress/block-library').registerCoreBlocks();
} catch (error) {
    // Newer editor packages require() dependencies that exist only as ES modules, which
    // Node.js can do from 20.19 and 22.12 on.
    if (error.code !== 'ERR_REQUIRE_ESM') throw error;
    process.stderr.write(
        `validate.mjs: the packages in ${installDir} need Node.js 20.19 or later ` +
            `(require() of ES modules); this is Node.js ${process.versions.node}\n`,
    );
    process.exit(3);
}

const manifest = (name) => JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8'));
const install = JSON.parse(readFileSync(join(installDir, 'package.json'), 'utf8'));
const versions = {
    wordpress: install.description ?? install.name,
    blocks: manifest('@wordpress/blocks').version,
    blockLibrary: manifest('@wordpress/block-library').version,
};

const FREEFORM = blocks.getFreeformContentHandlerName();
const MISSING = blocks.getUnregisteredTypeHandlerName();

// The validation log is printf-like; a block type (%o) is shown by its name, not its fields,
// and the tokens and attribute lists it compares in full.
function formatIssue({ args }) {
    const [template, ...rest] = args;
    const shown = rest.map((arg) => {
        if (arg && typeof arg === 'object') return arg.name ?? JSON.stringify(arg);
        return arg;
    });
    return format(String(template).replace(/%[oO]/g, '%s'), ...shown);
}

function snippet(html) {
    const text = html.replace(/\s+/g, ' ').trim();
    return text.length > 120 ? text.slice(0, 117) + '...' : text;
}

// Lines of the opening delimiters, in document order. The parser keeps no positions, and
// every delimited block, inner ones included, appears in a depth-first walk in this order.
function delimiterLines(content) {
    const lines = [];
    const opener = /<!--\s+wp:[a-z][a-z0-9_-]*(?:\/[a-z][a-z0-9_-]*)?\s/g;
    for (let match; (match = opener.exec(content)); ) {
        lines.push(content.slice(0, match.index).split('\n').length);
    }
    return lines;
}

function validateFile(file) {
    let content;
    try {
        content = readFileSync(file, 'utf8');
    } catch (error) {
        process.stderr.write(`validate.mjs: cannot read ${file}: ${error.message}\n`);
        process.exit(2);
    }
    const parsed = blocks.parse(content);
    const lines = delimiterLines(content);
    const walked = [];
    const walk = (list, path) => {
        for (const block of list) {
            walked.push({ block, path: [...path, block.name] });
            walk(block.innerBlocks, [...path, block.name]);
        }
    };
    walk(parsed, []);
    const delimited = walked.filter(({ block }) => block.name !== FREEFORM);
    // Only when every delimiter found its block can the numbering be trusted.
    const lineOf = new Map(
        delimited.length === lines.length ? delimited.map(({ block }, i) => [block, lines[i]]) : [],
    );

    const problems = [];
    const warnings = [];
    for (const { block, path } of walked) {
        const where = { block: block.name, path: path.join(' > '), line: lineOf.get(block) ?? null };
        if (block.name === FREEFORM) {
            problems.push({
                kind: 'freeform',
                ...where,
                issues: [`markup outside any block opens as a Classic block: ${snippet(block.originalContent ?? '')}`],
            });
        } else if (block.name === MISSING) {
            (options.newer.has(block.attributes.originalName) ? warnings : problems).push({
                kind: 'missing',
                ...where,
                block: block.attributes.originalName ?? MISSING,
                issues: [`the editor knows no block "${block.attributes.originalName}"`],
            });
        } else if (!block.isValid) {
            problems.push({ kind: 'invalid', ...where, issues: (block.validationIssues ?? []).map(formatIssue) });
        } else {
            // Valid after parsing, but does today's save() still write what the file holds?
            const [current, issues] = blocks.validateBlock(block, block.name);
            if (!current) {
                (options.strict ? problems : warnings).push({
                    kind: 'deprecated',
                    ...where,
                    issues: issues.map(formatIssue),
                });
            }
        }
    }
    if (walked.length === 0) {
        problems.push({ kind: 'empty', block: null, path: '', line: null, issues: ['no blocks found'] });
    }
    return { file, blocks: walked.length, problems, warnings };
}

const results = options.files.map(validateFile);
const count = (kind) => results.reduce((n, r) => n + r.problems.filter((p) => p.kind === kind).length, 0);
const summary = {
    files: results.length,
    blocks: results.reduce((n, r) => n + r.blocks, 0),
    invalid: count('invalid'),
    freeform: count('freeform'),
    missing: count('missing'),
    empty: count('empty'),
    deprecated:
        count('deprecated') +
        results.reduce((n, r) => n + r.warnings.filter((w) => w.kind === 'deprecated').length, 0),
    newer: results.reduce((n, r) => n + r.warnings.filter((w) => w.kind === 'missing').length, 0),
};
const rejected = results.filter((r) => r.problems.length > 0).length;
const ok = options.expectInvalid ? rejected === results.length : rejected === 0;

if (options.json) {
    const { strict, expectInvalid } = options;
    out(JSON.stringify({ versions, strict, expectInvalid, results, summary, ok }, null, 2));
} else {
    out(`${versions.wordpress}: @wordpress/blocks ${versions.blocks}, @wordpress/block-library ${versions.blockLibrary}`);
    for (const r of results) {
        const verdict = r.problems.length ? `REJECTED (${r.problems.length} problems)` : 'accepted';
        out(`${r.file}: ${r.blocks} blocks, ${verdict}`);
        for (const item of [...r.problems, ...r.warnings]) {
            const at = item.line ? `line ${item.line}, ` : '';
            out(`  ${item.kind.toUpperCase()} ${item.block ?? ''} (${at}${item.path || 'top level'})`);
            for (const issue of item.issues) out(issue.replace(/^/gm, '      '));
        }
    }
    out(
        `${summary.files} files, ${summary.blocks} blocks: ${summary.invalid} invalid, ` +
            `${summary.freeform} outside blocks, ${summary.missing} unknown, ` +
            `${summary.deprecated} accepted only as a deprecated form, ${summary.newer} of a later WordPress`,
    );
    const accepted = results.length - rejected;
    out(
        options.expectInvalid
            ? `${rejected} rejected as expected, ${accepted} accepted although expected to fail`
            : `${accepted} passed, ${rejected} failed`,
    );
}
process.exit(ok ? 0 : 1);
