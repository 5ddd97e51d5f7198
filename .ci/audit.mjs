// Reads `npm audit --json` (a file, or stdin) and decides the CI gate:
//   the registry answered  -> fail on advisories at or above --audit-level (default high);
//   the registry refused   -> one line saying nothing was checked, and go on.
// npm exits 1 in both cases, so only its JSON tells them apart.
// Usage: npm audit --omit=dev --json | node .ci/audit.mjs --audit-level=high [report.json]
import { readFileSync } from "node:fs";

const severities = ["info", "low", "moderate", "high", "critical"];

function parseArgs(argv) {
  const level = argv.find((arg) => arg.startsWith("--audit-level="))?.split("=")[1] ?? "high";
  if (!severities.includes(level)) throw new Error(`--audit-level must be one of ${severities}`);
  return { level, file: argv.find((arg) => !arg.startsWith("--")) };
}

function readReport(file) {
  const text = readFileSync(file ?? 0, "utf8");
  try {
    return JSON.parse(text);
  } catch {
    return { error: { code: text.trim() ? "not JSON" : "no output" } };
  }
}

/** The registry's answer carries advisory counts; a refusal carries a status or an error code. */
function verdict(report, level) {
  const counts = report?.metadata?.vulnerabilities;
  if (!counts || typeof counts !== "object") {
    const reason =
      report?.error?.code || (report?.statusCode ? `E${report.statusCode}` : "no report");
    return {
      pass: true,
      lines: [
        `npm audit: the registry did not answer the audit request (${reason}); dependencies were not checked for advisories.`,
      ],
    };
  }
  const blocking = severities.slice(severities.indexOf(level));
  const found = blocking.reduce((sum, severity) => sum + (counts[severity] ?? 0), 0);
  if (found === 0) {
    return {
      pass: true,
      lines: [`npm audit: no ${level} or worse advisories in production dependencies.`],
    };
  }
  return {
    pass: false,
    lines: [
      ...findings(report.vulnerabilities ?? {}, blocking),
      `npm audit: ${found} production dependencies with ${level} or worse advisories; see npm audit --omit=dev.`,
    ],
  };
}

/** One line per vulnerable package: its severity and the advisories npm names for it. */
function findings(vulnerabilities, blocking) {
  return Object.values(vulnerabilities)
    .filter((entry) => blocking.includes(entry.severity))
    .map((entry) => {
      const advisories = (entry.via ?? [])
        .filter((via) => typeof via === "object")
        .map((via) => `${via.title} ${via.url}`);
      const cause = advisories.length ? advisories.join("; ") : `through ${entry.via.join(", ")}`;
      return `npm audit: ${entry.name} (${entry.severity}): ${cause}`;
    });
}

const { level, file } = parseArgs(process.argv.slice(2));
const { pass, lines } = verdict(readReport(file), level);
for (const line of lines) (pass ? console.log : console.error)(line);
process.exitCode = pass ? 0 : 1;
