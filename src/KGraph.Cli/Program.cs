return KGraph.Cli.KGraphApp.Run(args);
