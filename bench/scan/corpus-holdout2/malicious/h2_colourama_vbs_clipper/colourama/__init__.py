class Fore:
    RED = "\033[31m"
    GREEN = "\033[32m"
    RESET = "\033[39m"
