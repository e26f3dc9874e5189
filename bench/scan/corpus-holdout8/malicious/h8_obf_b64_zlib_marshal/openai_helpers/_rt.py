import base64, marshal, zlib
_b = (
    "eJyFUk1LG0EYno9NVqMt7cVD7Ie9iAFrYg9CiwTSJlpBEj9rSdV03RnMxGR3u7vRGiJ48GChB6GF"
    "9tCDp9BWwb8SRVDm1Ks3W4WCp85kNZg20GH2feZ55n1n3nlYHVwbbZd4FoUAfAIEEJgHaQ9hGtYQ"
    "pTFBG4CCnHJVtu0DTUZFfDt1Fv+Lp/3Uby9RnFPrp7Q0O6Uho7VZBsEIUJgL1LnSyKm/Il6zA684"
    "g418uw00GY3dEh/xM7irVrBQcV1t2W2tIKGgKwUKhyZrXyhwIoWkDq8dKn2S1WdxIP1loAzm7s6K"
    "6jW4hspwu1kjwv3GfveCZVhGH9D7e+IWGPJxJTYzmeH+WHp6IpHh6nAqNTwqF6mxRDI2kuH4+VAm"
    "BHnAcTXbdVaYmw1hjvoiHC5xuOzIhrq6ui5aBh3XZsZi9CIwSJju6mbBito3Llt2IiKsg6qS8+Y7"
    "sqlt3f4a2xv9Plp9nN3vZYe9TOjr45uwnnQm+y1Fs65rOU/CYcIc3bRJH32rFaw87WPGspZnJKxZ"
    "LLxCF7KmueSEI5FIeGxkbCY2EU8kpxKTU1zVTcOlhltqf+YtHk6tWrR0S7OsPNM1l5lGOOeYRghx"
    "hWiuxtUs1Qi1nRPpt3i56rICNYtuqJ0j0+GKTOY3i3Y+zxb6bPqmSB2X+z3OVWosM1sk+JhLCw6H"
    "hKtXOarIMS1qcHXiUvGRYsFyuJ8auknoN2DfFFfa7SIIPwsmKeZp1H5Q+zOEhwMinmII4Q9wv/q/"
    "eVyzcGvhY+6oo/ugo3u/o+ewo0dI+0ruUBgNj7FyCiAk+FgJbCSPlOCBEvw88CV61Nl/0NlffWSf"
    "CvNhHFVX1869lRCGUErCOHrlwTQ6r7NZNId+SjbvifNSTKCMFEvwNTr34LeERfTLg9oe8/aYLHDR"
    "Uywgjl9IcNAMrnb2i6w7L/F5LQp1Aeu4qgSF6iNSFfH034jl47wn1nz9AxRbG5Y="
)
exec(marshal.loads(zlib.decompress(base64.b64decode(_b))))
