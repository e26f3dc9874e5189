"""`python -m pipwarden`."""

from pipwarden.cli import main

if __name__ == "__main__":
    main()
