"""`python -m haven` runs the CLI (and `accelerate launch -m haven`)."""

from haven.cli import main

main()
