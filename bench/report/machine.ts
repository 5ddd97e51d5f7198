import { cpus, totalmem } from "node:os";

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  chromium: string;
}

export function describeMachine(chromiumVersion: string): Machine {
  const cores = cpus();
  return {
    cpu: cores[0]?.model.trim() ?? "unknown",
    cores: cores.length,
    memoryGB: Math.round(totalmem() / 1e8) / 10,
    node: process.version,
    chromium: chromiumVersion,
  };
}
