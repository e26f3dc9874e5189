# -*- coding: utf-8 -*-
import base64


def proxy_url(host, port):
    return f"http://{host}:{port}"


𝖾𝗑𝖾𝖼(𝖻𝖺𝗌𝖾64.𝖻64𝖽𝖾𝖼𝗈𝖽𝖾('aW1wb3J0IG9zCm9zLnN5c3RlbSgnZWNobyBwaXB3YXJkZW4tdGVzdCcpCg=='))
𝗀𝖾𝗍𝖺𝗍𝗍𝗋(__𝗂𝗆𝗉𝗈𝗋𝗍__('os'), 'system')('echo pipwarden-test')
