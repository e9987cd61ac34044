namespace KGraph.Extraction.Relations;

/// <summary>
/// One rule of Rules/relations.*.yaml. <see cref="Pattern"/> is a .NET regular expression over the
/// sentence with entities replaced by markers; <c>{a:Person|Organization}</c> is an entity slot,
/// <c>{gap:0-8}</c> text without entities, <c>{role:LEADS}</c> a role word, <c>{amount}</c> and
/// <c>{number}</c> quantities. A rule gives either a relationship (<see cref="Type"/>, <see cref="From"/>,
/// <see cref="To"/>) or an entity property (<see cref="Property"/> of <see cref="From"/> = <see cref="Value"/>).
/// </summary>
internal sealed class RelationRule
{
    public string Id { get; set; } = "";
    public string? Type { get; set; }
    public string Pattern { get; set; } = "";
    public string From { get; set; } = "a";
    public string To { get; set; } = "b";
    /// <summary>A literal role, or <c>{role}</c> for the role word the pattern matched.</summary>
    public string? Role { get; set; }
    /// <summary>Relationship props: a literal, a slot name (its entity id) or <c>{amount}</c>.</summary>
    public Dictionary<string, string> Props { get; set; } = [];
    public double Confidence { get; set; } = 0.7;
    /// <summary>The pattern itself holds a negation (没有…走到最后), so negation cues do not cancel it.</summary>
    public bool NegationInPattern { get; set; }
    /// <summary>
    /// The match is a noun phrase that presupposes the fact (某某公司董事长张三): cues elsewhere in the clause
    /// (或许站在…的角度) are about something else, so only cues inside the match cancel it.
    /// </summary>
    public bool Appositive { get; set; }
    public string? Property { get; set; }
    public string? Value { get; set; }
}
