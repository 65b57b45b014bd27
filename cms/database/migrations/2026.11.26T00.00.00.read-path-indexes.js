'use strict';
// Indexes for the read paths of the site and partner sites: see ../read-path-indexes.js.
// Strapi 5 runs the files of database/migrations once each, in name order, at start.
const { ensureReadPathIndexes } = require('../read-path-indexes');

module.exports = {
  async up(knex) {
    await ensureReadPathIndexes(knex);
  },
};
