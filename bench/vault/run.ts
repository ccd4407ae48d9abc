// Vault benchmark: unlock time for the Argon2id parameters, and field encryption throughput for a
// household-sized and an archive-sized load. Prints figures only.
//   node --import tsx bench/vault/run.ts
import { cpus } from 'node:os';
import { newDataKey, openField, sealField } from '../../src/data/vault/field-cipher';
import {
  defaultArgon2Params,
  unwrapWithPassphrase,
  wrapWithPassphrase,
  type Argon2Params,
} from '../../src/data/vault/passphrase-wrap';

function median(values: number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function unlockMs(params: Argon2Params, runs = 5): Promise<number> {
  const wrap = await wrapWithPassphrase(await newDataKey(), 'a passphrase of some length', params);
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await unwrapWithPassphrase(wrap, 'a passphrase of some length');
    times.push(performance.now() - start);
  }
  return median(times);
}

async function throughput(label: string, count: number, record: (i: number) => unknown) {
  const key = await newDataKey();
  const start = performance.now();
  const sealed = [];
  for (let i = 0; i < count; i += 1)
    sealed.push(await sealField(key, record(i), { table: label, id: `id-${i}` }));
  const sealMs = performance.now() - start;
  const openStart = performance.now();
  for (let i = 0; i < count; i += 1)
    await openField(key, sealed[i]!, { table: label, id: `id-${i}` });
  const openMs = performance.now() - openStart;
  console.log(
    `${label}: ${count} sealed in ${sealMs.toFixed(0)} ms, opened in ${openMs.toFixed(0)} ms`,
  );
}

const cpu = cpus();
console.log(
  `Vault benchmark, ${new Date().toISOString().slice(0, 10)}, ${cpu.length} × ${cpu[0]?.model ?? '?'}, Node ${process.version}`,
);
for (const params of [
  { memoryKiB: 19 * 1024, iterations: 2, parallelism: 1 },
  defaultArgon2Params,
  { memoryKiB: 128 * 1024, iterations: 2, parallelism: 1 },
]) {
  const mark = params === defaultArgon2Params ? ' (default)' : '';
  console.log(
    `Argon2id m=${params.memoryKiB / 1024} MiB t=${params.iterations} p=${params.parallelism}${mark}: unlock ${(await unlockMs(params)).toFixed(0)} ms`,
  );
}
await throughput('members', 1000, (i) => ({
  name: `Nguyễn Văn Thành ${i}`,
  nameKana: 'グエン ヴァン タイン',
  dateOfBirth: '1991-06-12',
  residentRecordCode: '24727059608',
  individualNumber: '983205673214',
}));
await throughput('applications', 1000, (i) => ({
  kind: 'certified-copy',
  municipalityCode: '131059',
  requester: { name: `Maria da Silva ${i}`, dateOfBirth: '1985-07-20', relationship: 'self' },
  persons: [
    { name: `Maria da Silva ${i}`, dateOfBirth: '1985-07-20', residentRecordCode: '24846016224' },
  ],
  copies: 2,
  show: { residentRecordCode: true, individualNumber: false },
}));
