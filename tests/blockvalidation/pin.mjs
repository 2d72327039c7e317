// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
//
// node pin.mjs DIR
//
// Rewrites the "overrides" of DIR/package.json so that every @wordpress package installed in
// DIR/node_modules is pinned to the version that one WordPress release shipped. The packages
// of one Gutenberg release are published together and ask for each other as "^X.Y.Z" with
// X.Y.Z the version published alongside; left alone, npm would take the newest X.*, mixing
// in code from later WordPress versions. The highest lower bound any dependent asks for is the
// sibling from the same release. Only packages known to be of that release are asked: the
// direct dependencies and the packages already pinned, each installed at its pinned version;
// a newer package that npm took meanwhile would ask for newer siblings still. Run
// `npm install` after it and repeat until it says "unchanged": each round reaches one more
// level of dependencies.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir || !existsSync(join(dir, 'node_modules'))) {
    console.error('usage: node pin.mjs DIR (with DIR/node_modules installed)');
    process.exit(2);
}

function compareVersions(a, b) {
    const pa = a.split(/[.-]/).map(Number);
    const pb = b.split(/[.-]/).map(Number);
    for (let i = 0; i < 3; ++i) {
        if (pa[i] !== pb[i]) return pa[i] - pb[i];
    }
    return 0;
}

// Every package.json under node_modules, nested ones included.
function* manifests(modules) {
    if (!existsSync(modules)) return;
    for (const entry of readdirSync(modules)) {
        if (entry.startsWith('.')) continue;
        const names = entry.startsWith('@')
            ? readdirSync(join(modules, entry)).map((name) => join(entry, name))
            : [entry];
        for (const name of names) {
            const file = join(modules, name, 'package.json');
            if (existsSync(file)) yield JSON.parse(readFileSync(file, 'utf8'));
            yield* manifests(join(modules, name, 'node_modules'));
        }
    }
}

const file = join(dir, 'package.json');
const pkg = JSON.parse(readFileSync(file, 'utf8'));
const known = { ...pkg.overrides, ...pkg.dependencies };

const pins = {};
for (const manifest of manifests(join(dir, 'node_modules'))) {
    if (!manifest.name?.startsWith('@wordpress/') || known[manifest.name] !== manifest.version) {
        continue;
    }
    for (const [name, range] of Object.entries(manifest.dependencies ?? {})) {
        const lower = /^[\^~]?(\d+\.\d+\.\d+)$/.exec(range)?.[1];
        if (!name.startsWith('@wordpress/') || !lower) continue;
        if (!pins[name] || compareVersions(lower, pins[name]) > 0) pins[name] = lower;
    }
}

// npm refuses an override of a direct dependency that differs from it; those stay as written.
for (const name of Object.keys(pkg.dependencies ?? {})) {
    if (pins[name] && pins[name] !== pkg.dependencies[name]) {
        console.error(`note: ${name} is ${pkg.dependencies[name]}, its dependents ask for ^${pins[name]}`);
    }
    delete pins[name];
}
const sorted = Object.fromEntries(Object.keys(pins).sort().map((name) => [name, pins[name]]));
const changed = JSON.stringify(sorted) !== JSON.stringify(pkg.overrides ?? {});
pkg.overrides = sorted;
writeFileSync(file, JSON.stringify(pkg, null, 2) + '\n');
console.log(changed ? 'changed: run npm install and pin.mjs again' : 'unchanged');
