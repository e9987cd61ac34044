namespace KGraph.Extraction.Evaluation;

/// <summary>Scores per type, the micro-averaged total, and the individual errors for finding failure patterns.</summary>
public sealed record EvaluationReport(
    string GoldSet,
    GoldFormat Format,
    int Items,
    IReadOnlyList<TypeScore> Types,
    TypeScore Overall,
    IReadOnlyList<EvaluationError> Errors);

/// <summary>A miss (expected, not found), a spurious fact (found, not expected), or an extracted not-fact.</summary>
public sealed record EvaluationError(string Item, string Kind, string Fact, string? Context = null);
