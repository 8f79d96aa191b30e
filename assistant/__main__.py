"""`python -m assistant` runs the spotlight command."""

from .cli import main

raise SystemExit(main())
