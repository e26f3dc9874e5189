WORDS = ["w%04d" % i for i in range(2048)]
