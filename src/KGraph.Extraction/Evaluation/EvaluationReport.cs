namespace KGraph.Extraction.Evaluation;

/// <summary>Scores per type, the micro-averaged total, and the individual errors for finding failure patterns.</summary>
public sealed record EvaluationReport(
    string GoldSet,
    GoldFormat Format,
    int Items,
    IReadOnlyList<TypeScore> Types,
    TypeScore Overall,
    IReadOnlyList<EvaluationError> Errors)
{
    /// <summary>Headline facts found and marked (kgraph gold with <c>headline: true</c>); null when the set marks none.</summary>
    public HeadlineScore? Headlines { get; init; }

    /// <summary>Scored facts by the rule or model whose evidence supports them (relationships only): what each source earns.</summary>
    public IReadOnlyList<SourceScore> Sources { get; init; } = [];

    /// <summary>The counts of each text, in the gold set's order: what <see cref="PairedBootstrap"/> resamples. Not in the JSON.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<ItemCounts> ItemCounts { get; init; } = [];

    /// <summary>Only with <c>--compare-models</c>: this report's F1 against the other models', with its bootstrap interval.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public F1Difference? Comparison { get; init; }

    /// <summary>Only with an LLM (<c>--llm</c>): which model was asked and what it cost over all the texts; left out of the JSON otherwise.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public ProposerCost? Llm { get; init; }
}

/// <summary>One text's true positives, false positives and false negatives over every scored type.</summary>
public readonly record struct ItemCounts(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public static ItemCounts operator -(ItemCounts a, ItemCounts b) =>
        new(a.TruePositives - b.TruePositives, a.FalsePositives - b.FalsePositives, a.FalseNegatives - b.FalseNegatives);
}

/// <summary>What an LLM cost over an evaluation: <paramref name="Proposer"/> is provider:model as given to --llm.</summary>
public sealed record ProposerCost(string Proposer, Proposals.ProposalUsage Usage);

/// <summary>
/// A rule's (or model's) share of the scored facts: right and wrong facts it supports, and those it alone supports,
/// which removing it would lose.
/// </summary>
public sealed record SourceScore(string Source, int Correct, int Wrong, int CorrectAlone, int WrongAlone);

/// <summary>How many of the facts an article is about were found.</summary>
public sealed record HeadlineScore(int Found, int Total)
{
    public double Recall => Total == 0 ? 0 : (double)Found / Total;
}

/// <summary>A miss (expected, not found), a spurious fact (found, not expected), or an extracted not-fact.</summary>
public sealed record EvaluationError(string Item, string Kind, string Fact, string? Context = null);
