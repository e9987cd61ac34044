using System.CommandLine;
using System.Globalization;
using KGraph.Cli.Commands;
using KGraph.Model;
using KGraph.Vocabulary;

namespace KGraph.Cli.Inputs;

/// <summary>
/// The relationship filter options of every command that reads the graph (analyze, path, neighbors,
/// diagram): one set of names, descriptions, checks and messages, read into the one
/// <see cref="RelationshipFilter"/> both analysis and diagrams apply.
/// </summary>
internal sealed class FilterOptions
{
    private const string DateForms = "YYYY, YYYY-MM or YYYY-MM-DD";
    private readonly RelationshipTypeOption _types = new();
    private readonly Option<string?> _asOf = new("--as-of") { Description = $"Only relationships in force on this date ({DateForms})" };
    private readonly Option<string?> _since = new("--since") { Description = "Only relationships not ended before this date" };
    private readonly Option<string?> _until = new("--until") { Description = "Only relationships started on or before this date" };
    private readonly Option<double?> _minConfidence = new("--min-confidence")
    {
        Description = "Only extracted relationships with at least this confidence (0..1); facts people wrote always pass",
    };
    private readonly Option<bool> _reviewedOnly = new("--reviewed-only") { Description = "Only relationships a person accepted or wrote" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _types.Option, _asOf, _since, _until, _minConfidence, _reviewedOnly }) command.Options.Add(option);
    }

    /// <summary>The filter without its types (they need the data's vocabulary: <see cref="WithTypes"/>); usage errors before anything is read.</summary>
    public RelationshipFilter Read(ParseResult result) => new()
    {
        AsOf = Date(result, _asOf),
        Since = Date(result, _since),
        Until = Date(result, _until),
        MinConfidence = Confidence(_minConfidence.Name, result.GetValue(_minConfidence)),
        ReviewedOnly = result.GetValue(_reviewedOnly),
    };

    /// <summary>The filter with the <c>--type</c> names as the data's vocabulary spells them (unknown ones are usage errors).</summary>
    public RelationshipFilter WithTypes(RelationshipFilter filter, ParseResult result, GraphVocabulary vocabulary) =>
        filter with { Types = _types.Resolve(result, vocabulary) };

    /// <summary>A confidence option's value, checked: 0 to 1 or a usage error.</summary>
    public static double? Confidence(string option, double? value) =>
        value is < 0 or > 1 || (value is { } v && double.IsNaN(v))
            ? throw new UsageException($"{option} must be between 0 and 1 (got {value.Value.ToString(CultureInfo.InvariantCulture)})")
            : value;

    private static PartialDate? Date(ParseResult result, Option<string?> option)
    {
        var text = result.GetValue(option);
        if (text is null) return null;
        return PartialDate.TryParse(text, out var date)
            ? date
            : throw new UsageException($"{option.Name} '{text}' is not a date of the form {DateForms}");
    }
}
