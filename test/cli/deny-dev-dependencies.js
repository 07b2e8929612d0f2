// Preloaded with `node -r`: every development dependency fails to resolve, as in the pruned production image.
const Module = require('node:module');
const path = require('node:path');
const { devDependencies } = require(path.join(__dirname, '../../package.json'));
const denied = new Set(Object.keys(devDependencies));
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const name = request.startsWith('@') ? request.split('/').slice(0, 2).join('/') : request.split('/')[0];
  if (denied.has(name)) {
    const error = new Error(`Cannot find module '${request}' (development dependency denied)`);
    error.code = 'MODULE_NOT_FOUND';
    throw error;
  }
  return resolve.call(this, request, ...rest);
};
