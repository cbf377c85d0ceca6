"""`python -m app` runs the `passerelle` command line."""

from app.cli import main

main()
