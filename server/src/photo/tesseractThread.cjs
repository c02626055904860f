'use strict';
/**
 * tesseract.js's own Node worker script (tesseract.js/src/worker-script/node/index.js), with an
 * adapter that reads the language data from its npm packages and can do nothing else: no fetch
 * (language data is never downloaded at run time) and no cache writes (DATA_DIR is the only
 * writable place). Plain JavaScript: it runs in tesseract.js's worker thread, where Node's type
 * stripper is not wanted (server/README.md "Heavy jobs"). Used by text.ts through `workerPath`.
 */
const fs = require('node:fs');
const path = require('node:path');
const { parentPort } = require('node:worker_threads');
const worker = require('tesseract.js/src/worker-script');
const getCore = require('tesseract.js/src/worker-script/node/getCore');
const gunzip = require('tesseract.js/src/worker-script/node/gunzip');

/** text.ts asks for `avaa-tessdata/<code>.traineddata.gz`; each language is its own package. */
const PACKAGES = { fin: '@tesseract.js-data/fin', swe: '@tesseract.js-data/swe', eng: '@tesseract.js-data/eng' };

function packagedFile(file) {
  const match = /^avaa-tessdata\/(fin|swe|eng)\.traineddata\.gz$/.exec(file);
  if (!match) throw new Error(`no packaged language data for ${file}`);
  const dir = path.dirname(require.resolve(`${PACKAGES[match[1]]}/package.json`));
  // LSTM-only data: what tesseract.js itself picks for the LSTM engine.
  return path.join(dir, '4.0.0_best_int', `${match[1]}.traineddata.gz`);
}

parentPort.on('message', (packet) => {
  worker.dispatchHandlers(packet, (obj) => parentPort.postMessage(obj));
});

worker.setAdapter({
  getCore,
  gunzip,
  fetch: (url) => Promise.reject(new Error(`no download at run time: ${url}`)),
  readCache: (file) => fs.promises.readFile(packagedFile(file)),
  writeCache: () => Promise.reject(new Error('no cache writes')),
  deleteCache: () => Promise.resolve(),
  checkCache: () => Promise.resolve(false),
});
