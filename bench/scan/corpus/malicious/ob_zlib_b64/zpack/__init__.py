import base64, zlib
exec(zlib.decompress(base64.b64decode('eJxVjcEKAyEMRO9+hbdVEL0X9mOsBjYlGmvi0s/vbm+9DPMYHoNt8FTLEuxLuAe7JhE+44T3AlFTs2a7/7ZYVxviKhZ1LBH6iZO791crXMF58+/GC3lAd9uhOuSRUmEiKBrhk9sgiNjPTFgTbMHeR/sd3nwBm7Q0/w==')))
