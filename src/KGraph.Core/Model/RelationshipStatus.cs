namespace KGraph.Model;

public enum RelationshipStatus
{
    /// <summary>Found by a tool, not yet looked at by a person.</summary>
    Extracted,
    /// <summary>Accepted by a person, or written by one.</summary>
    Reviewed,
    /// <summary>Marked wrong by a person; kept so re-extraction does not bring it back.</summary>
    Rejected,
}
