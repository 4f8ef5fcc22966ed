// THE API. Every operation the renderer, the tests and the command line can perform is listed here once,
// with its input and output schema. The router, the preload, the test bridge and the typed client are all
// built from this object, so a channel name or payload type is never written twice.
import type { z } from 'zod';
import type { Operation } from './define';
import type { ListedOperationName } from './names';
import { journalOperations } from './journal';
import { dataOperations } from './data';
import { guideOperations } from './guide';
import { trialOperations } from './trials';
import { reportOperations } from './report';
import { trendOperations } from './trends';
import { personalOperations } from './personal';

export const contract = {
  ...journalOperations,
  ...dataOperations,
  ...guideOperations,
  ...trialOperations,
  ...reportOperations,
  ...trendOperations,
  ...personalOperations,
} satisfies Record<string, Operation>;

export type Contract = typeof contract;
export type OperationName = keyof Contract;
export type InputOf<K extends OperationName> = z.input<Contract[K]['input']>;
export type ParsedInputOf<K extends OperationName> = z.output<Contract[K]['input']>;
export type OutputOf<K extends OperationName> = z.output<Contract[K]['output']>;

export { OPERATION_NAMES, isOperationName } from './names';

// names.ts lists the names again, without the schemas, for the preload. This line fails to compile when the
// list and the contract differ by even one operation, in either direction.
const namesMatchContract: [OperationName] extends [ListedOperationName]
  ? [ListedOperationName] extends [OperationName]
    ? true
    : false
  : false = true;
void namesMatchContract;
