// Validates a CSV export (datapackage.json and its tables) with the npm
// `datapackage` library, the JavaScript implementation of Frictionless Data:
// the descriptor in strict mode (an invalid one is an error, not a warning),
// then every row of every resource read with type casting, primary-key
// uniqueness and foreign-key relations. Prints one summary line and exits 1
// on any error (with --require-joined, also when a report entry does not
// join to a milestone through milestone_row).
//
// usage: node validate.js DIR [--require-joined]   (DIR holds datapackage.json)
'use strict';
const path = require('path');
const {Package} = require('datapackage');

function messages(error) {
  const inner = error.errors && error.errors.length ? error.errors : [error];
  return inner.map((e) => e.message || String(e));
}

async function main(dir) {
  const pkg = await Package.load(path.join(dir, 'datapackage.json'), {strict: true});
  const errors = [];
  if (!pkg.valid) errors.push(...pkg.errors.map((e) => 'descriptor: ' + e.message));
  let rows = 0;
  let entries = 0;
  let joined = 0;
  for (const resource of pkg.resources) {
    if (!resource.tabular) {
      errors.push(resource.name + ': not a tabular resource');
      continue;
    }
    try {
      const data = await resource.read({keyed: true, relations: true, cast: true});
      rows += data.length;
      if (resource.name === 'report_entries') {
        entries = data.length;
        joined = data.filter((row) => row.milestone_row !== null && typeof row.milestone_row === 'object').length;
      }
    } catch (error) {
      for (const m of messages(error)) errors.push(resource.name + ': ' + m);
    }
  }
  if (process.argv.includes('--require-joined') && joined < entries)
    errors.push(`report_entries: ${entries - joined} of ${entries} entries join no milestone`);
  for (const e of errors.slice(0, 20)) console.log(e);
  console.log(`datapackage strict: ${pkg.resources.length} resources, ${rows} rows, ${errors.length} errors; ` +
              `report entries joined to a milestone: ${joined} of ${entries}`);
  process.exit(errors.length === 0 ? 0 : 1);
}

main(process.argv[2]).catch((error) => {
  for (const m of messages(error)) console.log('datapackage: ' + m);
  process.exit(1);
});
