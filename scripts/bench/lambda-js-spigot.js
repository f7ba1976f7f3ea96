'use strict';
// The pure-JavaScript Lambda handler that bench/lambda.js compares against:
// the seed's BigInt spigot, no addon.
const { spigotDigits } = require('./spigot-bigint.js');

exports.handler = async (event) => ({ digits: event.digits, pi: spigotDigits(event.digits).join('') });
