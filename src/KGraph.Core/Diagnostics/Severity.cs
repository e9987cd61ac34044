namespace KGraph.Diagnostics;

public enum Severity
{
    Error,
    Warning,
}
