// Validates documents against one JSON Schema (draft 2020-12) with Ajv, for SchemaTests.cs.
//
//   node validate-schema.mjs <schema.json>  < documents.json
//
// stdin holds a JSON array of {"name": "...", "data": <document>}; the YAML is converted to JSON
// on the C# side, with YAML 1.2 core schema scalars, as the editor's YAML language server reads it.
// stdout gets {"schemaProblems": [...], "results": [{"name", "valid", "errors": [...]}]}.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

// Resolved from the repository's node_modules, wherever the test runs this script from.
const require = createRequire(path.join(process.cwd(), "package.json"));
const Ajv2020 = require("ajv/dist/2020.js").default;

const schemaPath = process.argv[2];
const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
const documents = JSON.parse(readFileSync(0, "utf8"));

// A strict compile catches mistakes in the schema itself, such as a misspelt keyword that
// lenient Ajv (and the editor) would silently ignore. markdownDescription is VS Code's keyword.
const schemaProblems = [];
try {
  const strict = new Ajv2020({ allErrors: true, strictSchema: true, allowUnionTypes: true, logger: false });
  strict.addKeyword("markdownDescription");
  strict.compile(schema);
} catch (error) {
  schemaProblems.push(String(error.message));
}

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(schema);
const results = documents.map(({ name, data }) => {
  const valid = validate(data);
  const errors = (validate.errors ?? []).map(e => `${e.instancePath || "/"} ${e.message}${e.params && Object.keys(e.params).length ? " " + JSON.stringify(e.params) : ""}`);
  return { name, valid, errors };
});
process.stdout.write(JSON.stringify({ schemaProblems, results }));
