import codecs
exec(codecs.decode("vzcbeg bf\nbf.flfgrz('rpub QRSNATRQ')\n", 'rot13'))
