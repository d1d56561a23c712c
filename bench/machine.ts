import { cpus, totalmem } from 'node:os';

/** The machine a bench ran on, noted only so that its figures can be read in context. */
export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  chromium: string;
}

/** Describes this machine and the Chromium version the bench drove. */
export function describeMachine(chromium: string): Machine {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGb: Math.round(totalmem() / 1e8) / 10,
    node: process.version,
    chromium,
  };
}
