// Setup file: examples read AEROSPIKE_HOSTS like a reader's program would, so point it at the
// server the harness chose.
import * as Aerospike from 'aerospike';
import { inject } from 'vitest';
import { watchEventLoop } from './event-loop-watchdog';

watchEventLoop();

const hosts = inject('aerospikeHosts');
if (hosts) process.env.AEROSPIKE_HOSTS = hosts;

// The client logs every failed command to stderr; these tests fail commands on purpose and
// assert on each error, so the log would only bury the test report.
Aerospike.setDefaultLogging({ level: Aerospike.log.OFF });
