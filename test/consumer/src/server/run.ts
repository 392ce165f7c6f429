// Runs the README's server examples (copied here from examples/server/ by the test):
// one request each, printed as JSON for the test to read.
import type { AddressInfo } from 'node:net';
import { app as expressApp } from './express.js';
import { app as fastifyApp } from './fastify.js';

const server = expressApp.listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const { port } = server.address() as AddressInfo;
const viaExpress = await fetch(`http://127.0.0.1:${port}/vouchers/123/redeem`, { method: 'POST', headers: { 'accept-language': 'zh-CN' } });
const express = { status: viaExpress.status, type: viaExpress.headers.get('content-type'), body: await viaExpress.json() };
server.close();

const viaFastify = await fastifyApp.inject({ method: 'POST', url: '/vouchers/123/redeem' });
const fastify = { status: viaFastify.statusCode, type: viaFastify.headers['content-type'], body: viaFastify.json() };
await fastifyApp.close();

console.log(JSON.stringify({ express, fastify }));
