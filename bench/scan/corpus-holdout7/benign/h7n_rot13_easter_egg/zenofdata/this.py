import codecs

s = """Gvql qngn vf orggre guna zrffl qngn.
Rkcyvpvg havgf orng vzcyvpvg havgf.
Cybgf ner sbe uhznaf; gnoyrf ner sbe znpuvarf."""

print(codecs.decode(s, "rot13"))
