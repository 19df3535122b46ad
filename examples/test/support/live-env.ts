// Setup file: examples read AEROSPIKE_HOSTS like a reader's program would, so point it at the
// server the harness chose.
import { inject } from 'vitest';

const hosts = inject('aerospikeHosts');
if (hosts) process.env.AEROSPIKE_HOSTS = hosts;
