using System.CommandLine;
using KGraph.Store;

namespace KGraph.Cli;

/// <summary>Options that mean the same in every command.</summary>
public static class CommonOptions
{
    public const string JsonName = "--json";

    /// <summary>Every command that takes it prints exactly one JSON document on stdout, on success and on failure.</summary>
    public static Option<bool> Json()
        => new(JsonName) { Description = "Print one JSON document on stdout (the answer, or the error and exit code) instead of text" };

    /// <summary>Trailing data locations for commands that read graph data.</summary>
    public static Argument<string[]> DataPaths()
    {
        var argument = new Argument<string[]>("paths")
        {
            Description = $"Graph data files or folders (default: {GraphDataSet.DefaultRoot}/)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        RejectOptionLikeValues(argument);
        return argument;
    }


    /// <summary>
    /// A trailing argument would otherwise swallow a mistyped option such as --jsn as a path;
    /// anything starting with '-' is reported as the unknown option it is.
    /// </summary>
    public static void RejectOptionLikeValues(Argument argument) =>
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
                if (token.Value.StartsWith('-') && token.Value.Length > 1)
                    result.AddError(UnknownWords.Describe((System.CommandLine.Parsing.CommandResult)result.Parent!, token.Value)!);
        });

    /// <summary>For commands whose arguments are names (path, neighbors); the others take it beside their trailing paths (<see
    /// cref="DataPathsInput"/>).</summary>
    public static Option<string[]> Data() => new("--data")
    {
        Description = $"Graph data files or folders (default: {GraphDataSet.DefaultRoot}/)",
        AllowMultipleArgumentsPerToken = true,
    };

    /// <summary>Refuses, as a usage error (exit 2), an output option that points into the curated folder of a data root.</summary>
    public static TOption NotIntoCurated<TOption>(this TOption option)
        where TOption : Option
    {
        option.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
                if (GraphDataSet.CuratedFolderOf(token.Value) is { } curated)
                    result.AddError($"{option.Name} {token.Value}: refusing to write into {curated}, the curated folder of a data root, " +
                        $"which only people write; choose another folder");
        });
        return option;
    }

    public static Option<string?> Schema()
        => new("--schema") { Description = "Vocabulary file to check against (default: schema.yaml beside the data, else the built-in one)" };
}
