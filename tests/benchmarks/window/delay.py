#!/usr/bin/env python3
"""A TCP proxy that adds a fixed delay each way, to measure the window against a remote database.

    delay.py LISTEN_PORT TARGET_HOST TARGET_PORT [DELAY_MS_EACH_WAY]   (default 25: a 50 ms round trip)

Every chunk read from one side is written to the other DELAY ms after it arrived, in order; the
bandwidth is not limited. Runs until killed.
"""
import asyncio
import sys


async def pipe(reader, writer, delay):
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()

    async def send():
        while True:
            due, data = await queue.get()
            if data is None:
                break
            wait = due - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            writer.write(data)
            await writer.drain()
        writer.close()

    sender = asyncio.create_task(send())
    try:
        while True:
            data = await reader.read(65536)
            if not data:
                break
            queue.put_nowait((loop.time() + delay, data))
    finally:
        queue.put_nowait((0, None))
        await sender


async def main():
    listen_port, host, port = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    delay = (float(sys.argv[4]) if len(sys.argv) > 4 else 25.0) / 1000.0

    async def handle(client_reader, client_writer):
        server_reader, server_writer = await asyncio.open_connection(host, port)
        await asyncio.gather(pipe(client_reader, server_writer, delay), pipe(server_reader, client_writer, delay),
                             return_exceptions=True)

    server = await asyncio.start_server(handle, '127.0.0.1', listen_port)
    print(f'delay.py: 127.0.0.1:{listen_port} -> {host}:{port}, {delay * 1000:.0f} ms each way', flush=True)
    async with server:
        await server.serve_forever()


if __name__ == '__main__':
    asyncio.run(main())
