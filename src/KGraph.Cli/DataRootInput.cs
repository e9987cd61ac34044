using System.CommandLine;
using KGraph.Store;

namespace KGraph.Cli;

/// <summary>The one data root a command works on (build, schema): a trailing <c>DATA</c> or <c>--data DATA</c>.</summary>
internal sealed class DataRootInput
{
    public DataRootInput()
    {
        CommonOptions.RejectOptionLikeValues(Root);
    }

    public Argument<string?> Root { get; } = new("data")
    {
        Description = $"The data root (default: {GraphDataSet.DefaultRoot})",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Option<string?> Data { get; } = new("--data")
    {
        Description = $"The data root, as the other commands spell it (default: {GraphDataSet.DefaultRoot})"
    };

    public string Get(ParseResult result) => (result.GetValue(Root), result.GetValue(Data)) switch
    {
        ({ } given, { } option) when given != option => throw new UsageException($"two data roots given ('{given}' and --data '{option}'); give one"),
        (var given, var option) => option ?? given ?? GraphDataSet.DefaultRoot,
    };
}
