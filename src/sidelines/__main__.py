"""``python -m sidelines`` runs the command line."""

from sidelines.cli import main

main()
