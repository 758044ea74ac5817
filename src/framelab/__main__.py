from framelab.cli import main

raise SystemExit(main())
