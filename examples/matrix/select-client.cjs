// Preloaded (NODE_OPTIONS=--require) when the matrix runs the examples against another client
// version: `aerospike` and `aerospike/…` resolve to AEROSPIKE_CLIENT_DIR in this process and in
// every child it starts (test fixtures), so no example changes what it imports.
const Module = require('node:module');
const path = require('node:path');

const dir = process.env.AEROSPIKE_CLIENT_DIR;
if (dir) {
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    if (request === 'aerospike') request = dir;
    else if (request.startsWith('aerospike/')) {
      request = path.join(dir, request.slice('aerospike/'.length));
    }
    return resolve.call(this, request, ...rest);
  };
}
