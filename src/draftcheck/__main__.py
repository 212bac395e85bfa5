from draftcheck.cli import main

main()
