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
}
