// Builds front-end assets into var/assets (served by WhiteNoise after collectstatic).
import * as sass from "sass";
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "var", "assets");
const nm = join(root, "node_modules");
mkdirSync(out, { recursive: true });

const css = sass.compile(join(root, "frontend", "scss", "oversight.scss"), {
  style: "compressed",
  importers: [new sass.NodePackageImporter()],
  quietDeps: true,
  logger: sass.Logger.silent,
  loadPaths: [root],
  silenceDeprecations: ["import", "global-builtin"],
});
writeFileSync(join(out, "oversight.css"), css.css);

const copy = (from, to) => cpSync(join(nm, from), join(out, to), { recursive: true });
copy("govuk-frontend/dist/govuk/govuk-frontend.min.js", "govuk/govuk-frontend.min.js");
copy("govuk-frontend/dist/govuk/assets", "govuk/assets");
copy("@ministryofjustice/frontend/moj/moj-frontend.min.js", "moj/moj-frontend.min.js");
copy("@ministryofjustice/frontend/moj/assets", "govuk/assets"); // MoJ images sit beside GOV.UK ones
copy("htmx.org/dist/htmx.min.js", "htmx/htmx.min.js");
copy("axe-core/axe.min.js", "axe/axe.min.js");
cpSync(join(root, "frontend", "js", "oversight.mjs"), join(out, "oversight.mjs"));
console.log(`assets built in ${out}`);
