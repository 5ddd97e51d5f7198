/**
 * A throwaway self-signed certificate for the sign-in server's https listener, made fresh at every
 * start with openssl. It lives in a git-ignored folder (.stack/) and is never committed.
 */
import { execFile } from "node:child_process";
import { chmod, mkdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface TlsCertificate {
  key: Buffer;
  cert: Buffer;
  /** For NODE_EXTRA_CA_CERTS, should a Node process need to trust the listener. */
  certPath: string;
}

export type CertificateResult =
  { ok: true; certificate: TlsCertificate } | { ok: false; reason: string };

/** A two-day certificate for `ip` (CN and subjectAltName), or why openssl could not make one. */
export async function createSelfSignedCertificate(
  dir: string,
  ip: string,
): Promise<CertificateResult> {
  const keyPath = join(dir, "signin-key.pem");
  const certPath = join(dir, "signin-cert.pem");
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await rm(keyPath, { force: true });
  await rm(certPath, { force: true });
  try {
    await run(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "2",
        "-subj",
        `/CN=${ip}`,
        "-addext",
        `subjectAltName=IP:${ip}`,
        "-keyout",
        keyPath,
        "-out",
        certPath,
      ],
      { timeout: 30_000 },
    );
  } catch (error) {
    return { ok: false, reason: opensslFailure(error) };
  }
  await chmod(keyPath, 0o600);
  const [key, cert] = await Promise.all([readFile(keyPath), readFile(certPath)]);
  return { ok: true, certificate: { key, cert, certPath } };
}

function opensslFailure(error: unknown): string {
  const failure = error as NodeJS.ErrnoException & { stderr?: string };
  if (failure.code === "ENOENT") return "openssl was not found";
  const firstLine = failure.stderr?.trim().split("\n")[0];
  return `openssl failed${firstLine ? `: ${firstLine}` : ""}`;
}
