namespace KGraph.Reviews;

public enum ReviewAction
{
    /// <summary>Entity <c>from</c> is the same as <c>into</c>: its names become aliases, its facts move over.</summary>
    Merge,
    /// <summary>Entity id <c>from</c> is now called <c>to</c>.</summary>
    Rename,
    /// <summary>Relationship <c>relationship</c> is wrong.</summary>
    Reject,
    /// <summary>Relationship <c>relationship</c> was checked by a person and is right.</summary>
    Accept,
    /// <summary>Entity <c>entity</c> has the type <c>type</c>, whatever the files say.</summary>
    Retype,
    /// <summary>Entities <c>entity</c> and <c>other</c> are different: never merged, not even by name.</summary>
    Distinct,
    /// <summary>The evidence of relationship <c>relationship</c> belongs to relationship <c>onto</c>; the first one goes.</summary>
    Attach,
}
