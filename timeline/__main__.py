"""`python -m timeline`: the same command line as the `timeline` script."""
from timeline.cli import main

main()
